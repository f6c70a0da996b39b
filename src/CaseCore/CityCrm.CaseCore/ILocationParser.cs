namespace CityCrm.CaseCore;

/// <summary>Finds a street address or place in a resident's free text ("on Elm Street", "at 12 Main St").</summary>
public interface ILocationParser
{
    /// <summary>The normalized location, or null when the text names none.</summary>
    string? TryExtract(string text);
}
