namespace CityCrm.City311.Api.Dtos;

/// <summary>A booking by an agent: who, which slot (its start, ISO 8601 with offset), and optionally the conversation to confirm in.</summary>
public sealed record BookAppointmentRequest(string? ContactId, DateTimeOffset? Start, string? ConversationId);
