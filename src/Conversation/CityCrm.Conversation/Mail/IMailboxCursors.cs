namespace CityCrm.Conversations.Mail;

/// <summary>
/// How far each mailbox has been read, kept durably so that a restart neither skips nor repeats a message: the
/// folder's UIDVALIDITY and the last UID whose message is committed.
/// </summary>
public interface IMailboxCursors
{
    /// <summary>The mailbox's cursor, or null before its first message.</summary>
    Task<MailboxCursor?> GetAsync(string mailbox, CancellationToken cancellationToken);

    /// <summary>Saves the cursor; a lower last UID under the same UIDVALIDITY never replaces a higher one.</summary>
    Task SaveAsync(MailboxCursor cursor, CancellationToken cancellationToken);
}
