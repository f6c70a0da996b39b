namespace CityCrm.CaseCore.Streets;

/// <summary>
/// Checks a typed place against the city's streets (<see cref="StreetGazetteer"/>): "123 elm st", "Elm St and 5th",
/// "corner of oak and elm", "esquina de Elm y 5th". Pure and in memory, so it can run on every message.
/// </summary>
public interface IStreetResolver
{
    /// <summary>Whether the city has a gazetteer at all; without one every text is <see cref="AddressOutcome.NotAnAddress"/>.</summary>
    bool HasStreets { get; }

    /// <summary>The city the streets are in, when the gazetteer names it.</summary>
    string? City { get; }

    AddressResolution Resolve(string text);
}
