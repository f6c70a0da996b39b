namespace CityCrm.Conversations.Model;

/// <summary>Who owns a conversation now.</summary>
public enum ConversationStatus
{
    /// <summary>The bot answers.</summary>
    BotOwned = 0,
    /// <summary>Waiting for an agent.</summary>
    Queued = 1,
    /// <summary>An agent has it.</summary>
    Assigned = 2,
    /// <summary>Done; a new message from the resident reopens it to the bot.</summary>
    Resolved = 3,
}
