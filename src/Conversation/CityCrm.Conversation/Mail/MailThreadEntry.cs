namespace CityCrm.Conversations.Mail;

/// <summary>
/// One email of a conversation's thread, as the mail headers identify it: what a reply's In-Reply-To or References
/// point at, and what our own replies must quote to stay in the resident's thread.
/// </summary>
/// <param name="MessageId">The Message-ID header without angle brackets ("abc@mail.example").</param>
/// <param name="ConversationId">Our conversation the email belongs to.</param>
/// <param name="InboxId">The mailbox's inbox.</param>
/// <param name="Outgoing">True for an email we sent, false for one we received.</param>
/// <param name="Subject">The subject as sent or received (decoded).</param>
/// <param name="Sequence">The transcript message it is, when known.</param>
/// <param name="At">When it was received or handed to the mail server.</param>
public sealed record MailThreadEntry(
    string MessageId, string ConversationId, string InboxId, bool Outgoing, string Subject, long? Sequence, DateTimeOffset At);
