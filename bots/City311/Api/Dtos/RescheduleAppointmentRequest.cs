namespace CityCrm.City311.Api.Dtos;

/// <summary>The new slot's start for an appointment.</summary>
public sealed record RescheduleAppointmentRequest(DateTimeOffset? Start);
