namespace CityCrm.City311.Api.Dtos;

/// <summary>One of a contact's conversations, on whatever inbox, as the console's contact history lists it.</summary>
/// <param name="Id">The conversation id.</param>
/// <param name="Channel">The channel id ("sms", "voice", "webchat"...).</param>
/// <param name="InboxName">The inbox it came in on, as configured.</param>
/// <param name="Status">"bot", "queued", "assigned" or "resolved".</param>
/// <param name="OptedOut">Whether the resident's address has opted out of this channel (an SMS STOP).</param>
/// <param name="LastMessage">The start of the latest message, as plain text.</param>
/// <param name="LastMessageAt">When the latest message was written.</param>
/// <param name="CreatedAt">When the conversation began.</param>
/// <param name="UpdatedAt">Its last state change.</param>
public sealed record ContactConversationDto(
    string Id,
    string Channel,
    string? InboxName,
    string Status,
    bool OptedOut,
    string? LastMessage,
    DateTimeOffset? LastMessageAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
