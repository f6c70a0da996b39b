namespace CityCrm.CaseCore.Suggestions;

/// <summary>Ranks a catalogue's services for a resident's free-text description.</summary>
public interface IServiceRanker
{
    /// <summary>At most <paramref name="top"/> services, best first, each with a 0..1 score; empty when nothing fits.</summary>
    IReadOnlyList<ServiceMatch> Rank(string text, int top);
}
