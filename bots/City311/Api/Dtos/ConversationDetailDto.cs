using CityCrm.Conversations.Hubs;

namespace CityCrm.City311.Api.Dtos;

/// <summary>A conversation with its full transcript, private notes included.</summary>
public sealed record ConversationDetailDto(ConversationSummaryDto Conversation, IReadOnlyList<MessageDto> Transcript);
