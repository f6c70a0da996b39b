namespace CityCrm.Conversations.Supervision;

/// <summary>A conversation as the period reports count it.</summary>
/// <param name="Id">The conversation id.</param>
/// <param name="Channel">Its channel id ("webchat", "sms"...).</param>
/// <param name="CreatedAt">When the resident started it.</param>
/// <param name="QueuedAt">Its first hand-off to the agents' queue, or null when the bot kept it.</param>
/// <param name="AssignedAt">When an agent first took it after that.</param>
/// <param name="FirstAgentReplyAt">The first reply (not a private note) an agent wrote to the resident after the hand-off.</param>
/// <param name="ResolvedAt">Its first resolution, or null while open.</param>
/// <param name="Queue">The queue it waits or waited in last ("department/language"), or null when it never had one.</param>
public sealed record ConversationFact(
    string Id,
    string Channel,
    DateTimeOffset CreatedAt,
    DateTimeOffset? QueuedAt,
    DateTimeOffset? AssignedAt,
    DateTimeOffset? FirstAgentReplyAt,
    DateTimeOffset? ResolvedAt,
    string? Queue = null);
