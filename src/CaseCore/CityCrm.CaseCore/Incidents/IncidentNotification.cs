namespace CityCrm.CaseCore.Incidents;

/// <summary>
/// The closing notice for one reporter of an incident: at most one per contact and incident, recorded before it is
/// sent, so a retry or a second close never tells anyone twice.
/// </summary>
public sealed record IncidentNotification(
    string IncidentId, string ContactId, string CaseReference, NotificationOutcome Outcome, string Detail, DateTimeOffset At);
