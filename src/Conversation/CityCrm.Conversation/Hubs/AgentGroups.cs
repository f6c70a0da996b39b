namespace CityCrm.Conversations.Hubs;

/// <summary>The hub's group names.</summary>
public static class AgentGroups
{
    /// <summary>Every connected staff member.</summary>
    public const string All = "agents";

    /// <summary>The connections watching one conversation's transcript.</summary>
    public static string Conversation(string conversationId) => "conversation:" + conversationId;
}
