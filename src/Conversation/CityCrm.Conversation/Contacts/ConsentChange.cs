namespace CityCrm.Conversations.Contacts;

/// <summary>One opt-out or opt-in, as it happened.</summary>
/// <param name="ChannelId">The channel it applies to (sms, whatsapp...).</param>
/// <param name="Address">The resident's address on it, normalized (E.164 for phone numbers).</param>
/// <param name="InboxId">The inbox the request came in on.</param>
/// <param name="OptedOut">True for an opt-out, false for an opt-in.</param>
/// <param name="Keyword">What the resident sent ("STOP", "START") or who changed it ("agent:alex").</param>
/// <param name="At">When.</param>
/// <param name="SourceId">
/// The provider's id of the message that asked for it (a MessageSid), when there is one: a provider's retry of that
/// message is then recorded once.
/// </param>
public sealed record ConsentChange(
    string ChannelId, string Address, string InboxId, bool OptedOut, string Keyword, DateTimeOffset At, string? SourceId = null);
