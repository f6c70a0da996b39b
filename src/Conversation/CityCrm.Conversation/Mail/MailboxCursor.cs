namespace CityCrm.Conversations.Mail;

/// <summary>Where the reading of a mailbox's folder stands.</summary>
/// <param name="Mailbox">The mailbox's key (its inbox and folder, "email/INBOX").</param>
/// <param name="UidValidity">The folder's UIDVALIDITY when its UIDs were read; a new value means every UID changed.</param>
/// <param name="LastUid">The highest UID whose message is committed.</param>
/// <param name="UpdatedAt">When it last moved.</param>
public sealed record MailboxCursor(string Mailbox, uint UidValidity, uint LastUid, DateTimeOffset UpdatedAt);
