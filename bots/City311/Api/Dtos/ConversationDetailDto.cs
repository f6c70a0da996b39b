using CityCrm.Conversations.Hubs;

namespace CityCrm.City311.Api.Dtos;

/// <summary>A conversation with its full transcript, private notes included.</summary>
/// <param name="Conversation">The conversation as listed.</param>
/// <param name="Transcript">Every message, in order, with its delivery status on pushed channels.</param>
/// <param name="OptedOut">Whether the resident's address has opted out of the conversation's channel: replies will not be sent.</param>
public sealed record ConversationDetailDto(ConversationSummaryDto Conversation, IReadOnlyList<MessageDto> Transcript, bool OptedOut = false);
