namespace CityCrm.City311.Api.Dtos;

/// <summary>The incident after closing (or re-notifying), with every reporter's notice.</summary>
public sealed record CloseIncidentResponse(IncidentDto Incident, IReadOnlyList<IncidentNotificationDto> Notifications);
