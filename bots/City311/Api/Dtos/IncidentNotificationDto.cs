using System.Text.Json;
using CityCrm.CaseCore.Incidents;

namespace CityCrm.City311.Api.Dtos;

/// <summary>A reporter's closing notice: which case, whether it was sent ("sent", "optedOut", "unreachable", "pending") and how.</summary>
public sealed record IncidentNotificationDto(string ContactId, string CaseReference, string Outcome, string Detail, DateTimeOffset At)
{
    public static IncidentNotificationDto From(IncidentNotification n) =>
        new(n.ContactId, n.CaseReference, JsonNamingPolicy.CamelCase.ConvertName(n.Outcome.ToString()), n.Detail, n.At);
}
