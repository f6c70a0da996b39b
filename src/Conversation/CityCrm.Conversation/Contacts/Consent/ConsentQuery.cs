namespace CityCrm.Conversations.Contacts.Consent;

/// <summary>A message about to go out: on which channel, to which address, in which conversation (when known), on which topics.</summary>
/// <param name="ChannelId">The channel it goes out on (sms, email, whatsapp...).</param>
/// <param name="Address">The resident's address there (E.164, an email, a chat id).</param>
/// <param name="ConversationId">The conversation it belongs to: its contact's consents apply.</param>
/// <param name="Topics">What it is about (<see cref="ConsentTopics"/>).</param>
public sealed record ConsentQuery(string ChannelId, string Address, string? ConversationId, IReadOnlyList<string> Topics);
