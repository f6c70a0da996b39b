namespace CityCrm.Conversations.Supervision;

/// <summary>The steps the timeline records; stored as their names.</summary>
public enum TimelineKind
{
    /// <summary>Handed off to the agents' queue.</summary>
    Queued,
    /// <summary>An agent took it.</summary>
    Assigned,
    /// <summary>Resolved, by an agent or the bot.</summary>
    Resolved,
    /// <summary>The resident wrote again after resolution.</summary>
    Reopened,
}
