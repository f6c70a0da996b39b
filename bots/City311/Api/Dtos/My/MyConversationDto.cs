namespace CityCrm.City311.Api.Dtos.My;

/// <summary>One of the resident's conversations, on any channel.</summary>
public sealed record MyConversationDto(string Id, string Channel, string Inbox, string Status, DateTimeOffset StartedAt, DateTimeOffset UpdatedAt);
