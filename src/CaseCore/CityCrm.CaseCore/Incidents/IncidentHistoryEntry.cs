namespace CityCrm.CaseCore.Incidents;

/// <summary>One line of an incident's history: who did what ("created", "linked", "unlinked", "pinned", "closed"), when.</summary>
public sealed record IncidentHistoryEntry(DateTimeOffset At, string Actor, string Action, string Note);
