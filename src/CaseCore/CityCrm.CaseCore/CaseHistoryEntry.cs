namespace CityCrm.CaseCore;

/// <summary>
/// One line of a case's history: who did what, when, and the status the case had after it. <see cref="Action"/>
/// names the kind of change (see <see cref="CaseActions"/>), so a priority change reads apart from a status change.
/// </summary>
public sealed record CaseHistoryEntry(DateTimeOffset At, string Actor, CaseStatus Status, string Note)
{
    public string Action { get; init; } = CaseActions.Status;
}
