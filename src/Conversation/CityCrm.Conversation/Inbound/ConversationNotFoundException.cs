namespace CityCrm.Conversations.Inbound;

/// <summary>The conversation named by a channel or an agent does not exist.</summary>
public sealed class ConversationNotFoundException(string conversationId)
    : Exception($"Conversation {conversationId} does not exist.")
{
    public string ConversationId { get; } = conversationId;
}
