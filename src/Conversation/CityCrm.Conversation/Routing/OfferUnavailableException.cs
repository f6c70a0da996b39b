namespace CityCrm.Conversations.Routing;

/// <summary>The agent answered an offer that is not open to them (it lapsed, was withdrawn, or was never theirs).</summary>
public sealed class OfferUnavailableException(string conversationId)
    : Exception($"Conversation {conversationId} is no longer offered to you.")
{
    public string ConversationId { get; } = conversationId;
}
