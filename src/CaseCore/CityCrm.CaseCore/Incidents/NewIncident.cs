namespace CityCrm.CaseCore.Incidents;

/// <summary>
/// What a supervisor gives to open an incident, by hand or from a cluster suggestion: the services and place it covers,
/// words residents use for it, the message to pin, and the reports that already belong to it.
/// </summary>
public sealed record NewIncident(string Title, IReadOnlyList<string> ServiceCodes, IncidentArea? Area, IncidentMessage Pinned)
{
    /// <summary>Phrases that mark a resident's message as about this incident whatever service it reads as ("boil water").</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>Case references to link at once (a suggestion's reports).</summary>
    public IReadOnlyList<string> Cases { get; init; } = [];
}
