namespace CityCrm.Conversations.Calls;

/// <summary>One phone call: a voice session in a conversation, from the first ring to the provider's final status.</summary>
/// <param name="CallId">The provider's id of the call (Twilio's CallSid).</param>
/// <param name="ConversationId">The conversation the call's words are stored in.</param>
/// <param name="InboxId">The phone line's inbox.</param>
/// <param name="Caller">The caller's number, E.164.</param>
/// <param name="StartedAt">When the call reached us.</param>
/// <param name="EndedAt">When the provider reported it over; null while it lasts.</param>
/// <param name="DurationSeconds">The provider's duration of the call, when over.</param>
/// <param name="Status">The provider's last status (in-progress, completed, busy, no-answer, failed, canceled).</param>
public sealed record PhoneCall(
    string CallId,
    string ConversationId,
    string InboxId,
    string Caller,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    int? DurationSeconds,
    string Status);
