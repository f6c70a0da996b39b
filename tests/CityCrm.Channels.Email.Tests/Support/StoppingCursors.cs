using CityCrm.Conversations.Mail;

namespace CityCrm.Channels.Email.Tests.Support;

/// <summary>
/// The real cursor store, which asks the reader to stop right after it saved the cursor at <paramref name="uid"/>: a
/// host shutting down at the worst moment, between a message's commit and its \Seen flag.
/// </summary>
public sealed class StoppingCursors(IMailboxCursors inner, uint uid, CancellationTokenSource stop) : IMailboxCursors
{
    public Task<MailboxCursor?> GetAsync(string mailbox, CancellationToken cancellationToken) => inner.GetAsync(mailbox, cancellationToken);

    public async Task SaveAsync(MailboxCursor cursor, CancellationToken cancellationToken)
    {
        await inner.SaveAsync(cursor, cancellationToken);
        if (cursor.LastUid == uid)
            await stop.CancelAsync();
    }
}
