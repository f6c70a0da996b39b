namespace CityCrm.City311.Api.Dtos;

/// <summary>
/// A staff change to a case (<c>POST /api/agent/cases/{reference}/{action}</c>). <see cref="Version"/> (or an If-Match
/// header) is the version the agent read; without either the change applies to the latest version. <see cref="Note"/>
/// is what the resident is told with a status change (the hold reason for "hold", the text for "note");
/// <see cref="Notify"/> false keeps the resident out of it.
/// </summary>
public sealed record CaseChangeRequest(string? Note, bool Notify = true)
{
    public const int MaxNoteLength = 500;

    public int? Version { get; init; }
    public string? ResolutionCode { get; init; }
    public string? Queue { get; init; }
    /// <summary>The agent to assign; "" removes the assignee.</summary>
    public string? Person { get; init; }
    /// <summary>"low", "normal", "high" or "urgent".</summary>
    public string? Priority { get; init; }
    public string? TaskId { get; init; }
    public bool Done { get; init; } = true;
}
