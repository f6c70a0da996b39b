namespace CityCrm.Conversations.Cases;

/// <summary>Which cases belong with which conversation, as agents linked them.</summary>
public interface IConversationCaseLinks
{
    /// <summary>Links the case to the conversation; false when it already was (the first link is kept).</summary>
    Task<bool> LinkAsync(ConversationCaseLink link, CancellationToken cancellationToken);

    /// <summary>The conversation's links, oldest first.</summary>
    Task<IReadOnlyList<ConversationCaseLink>> ListAsync(string conversationId, CancellationToken cancellationToken);
}
