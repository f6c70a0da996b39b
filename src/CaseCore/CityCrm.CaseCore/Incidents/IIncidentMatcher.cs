namespace CityCrm.CaseCore.Incidents;

/// <summary>Finds the active incident a resident's message is about, for the bot's answer on every channel.</summary>
public interface IIncidentMatcher
{
    /// <summary>
    /// The newest active incident whose keywords the text contains, or whose services include the service the text
    /// reads as and, when the text names a street, whose area holds it; null when none.
    /// </summary>
    Task<Incident?> MatchAsync(string text, CancellationToken cancellationToken);
}
