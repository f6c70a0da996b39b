using CityCrm.Conversations.Hubs;

namespace CityCrm.City311.Api.Dtos;

/// <summary>One message of a person's thread, with the conversation and channel it came on.</summary>
public sealed record TimelineEntryDto(string ConversationId, string Channel, MessageDto Message);
