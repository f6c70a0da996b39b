using CityCrm.Conversations.Mail;

namespace CityCrm.Channels.Email.Tests.Support;

/// <summary>
/// A cursor store whose saves fail (a disk that refuses the write), counting the attempts: the reader must then leave
/// the message unacknowledged on the server.
/// </summary>
public sealed class FailingCursors : IMailboxCursors
{
    private int failures;

    public int Failures => Volatile.Read(ref failures);

    public Task<MailboxCursor?> GetAsync(string mailbox, CancellationToken cancellationToken) => Task.FromResult<MailboxCursor?>(null);

    public Task SaveAsync(MailboxCursor cursor, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref failures);
        throw new IOException("disk I/O error");
    }
}
