namespace CityCrm.Conversations.Agents;

/// <summary>Which conversations the agent console lists.</summary>
public enum ConversationFilter
{
    /// <summary>Waiting for an agent.</summary>
    Queued,
    /// <summary>Assigned to any agent.</summary>
    Assigned,
    /// <summary>Assigned to the signed-in agent.</summary>
    Mine,
    /// <summary>Every conversation, whoever owns it.</summary>
    All,
}
