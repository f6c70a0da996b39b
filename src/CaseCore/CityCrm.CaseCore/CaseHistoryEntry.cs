namespace CityCrm.CaseCore;

/// <summary>One line of a case's history: who did what, when.</summary>
public sealed record CaseHistoryEntry(DateTimeOffset At, string Actor, CaseStatus Status, string Note);
