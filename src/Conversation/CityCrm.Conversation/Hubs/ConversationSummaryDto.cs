namespace CityCrm.Conversations.Hubs;

/// <summary>A conversation as listed on the agent console.</summary>
/// <param name="Id">The conversation id.</param>
/// <param name="Channel">The channel id ("webchat", "sms"...).</param>
/// <param name="InboxName">The inbox it came in on, as configured.</param>
/// <param name="ContactName">The resident's name, when known.</param>
/// <param name="Status">"bot", "queued", "assigned" or "resolved".</param>
/// <param name="AssigneeId">The assigned agent's account id.</param>
/// <param name="AssigneeName">The assigned agent's display name.</param>
/// <param name="HandoffReason">Why the bot handed it over.</param>
/// <param name="QueuedAt">When it entered the queue.</param>
/// <param name="UpdatedAt">Its last state change.</param>
/// <param name="LastMessage">The start of the latest message, as plain text.</param>
/// <param name="LastMessageAt">When the latest message was written.</param>
/// <param name="Queue">The queue it waits or waited in ("department/language").</param>
/// <param name="FirstResponseAt">When an agent first wrote to the resident since it was queued; null while nobody has.</param>
/// <param name="SlaTargetSeconds">The queue's waiting-time target, for the console's countdown from <paramref name="QueuedAt"/>.</param>
/// <param name="Disposition">The wrap-up code it was resolved with.</param>
public sealed record ConversationSummaryDto(
    string Id,
    string Channel,
    string? InboxName,
    string? ContactName,
    string Status,
    string? AssigneeId,
    string? AssigneeName,
    string? HandoffReason,
    DateTimeOffset? QueuedAt,
    DateTimeOffset UpdatedAt,
    string? LastMessage,
    DateTimeOffset? LastMessageAt,
    string? Queue = null,
    DateTimeOffset? FirstResponseAt = null,
    int? SlaTargetSeconds = null,
    string? Disposition = null);
