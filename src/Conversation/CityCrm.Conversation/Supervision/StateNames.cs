using CityCrm.Conversations.Model;

namespace CityCrm.Conversations.Supervision;

/// <summary>The state names the dashboard shows, the same words as the agent console's.</summary>
public static class StateNames
{
    public static string Of(ConversationStatus status) => status switch
    {
        ConversationStatus.BotOwned => "bot",
        ConversationStatus.Queued => "queued",
        ConversationStatus.Assigned => "assigned",
        ConversationStatus.Resolved => "resolved",
        _ => status.ToString().ToLowerInvariant(),
    };
}
