using CityCrm.Conversations.Mail;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using Microsoft.Extensions.Logging;

namespace CityCrm.Channels.Email.Inbound;

/// <summary>
/// Reads one mailbox's folder over IMAP, each message exactly once: UIDs above the durable cursor, in order; each is
/// stored (and its thread recorded) first, then the cursor advances, then the message is flagged \Seen or moved. A
/// restart at any point re-reads at most the message in hand, which the store recognises by its external id. Waits with
/// IDLE when the server offers it, else polls; reconnects with exponential backoff; one bad message never stops it.
/// </summary>
public sealed class MailboxReader(
    MailboxOptions mailbox, EmailOptions options, MailIntake intake, IMailboxCursors cursors, TimeProvider clock, ILogger logger)
{
    private static readonly TimeSpan AcknowledgeTimeout = TimeSpan.FromSeconds(30);
    private long processed;

    /// <summary>The cursor's key: the inbox, the mailbox address and the folder.</summary>
    public string CursorKey => $"{mailbox.InboxId}:{mailbox.Address}:{mailbox.Folder}".ToLowerInvariant();

    /// <summary>Messages this reader has committed since it started.</summary>
    public long Processed => Interlocked.Read(ref processed);

    /// <summary>Reads until <paramref name="cancellationToken"/> fires; connection failures are retried, never thrown.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                using var client = new ImapClient();
                await ConnectAsync(client, cancellationToken);
                failures = 0;
                await ReadAsync(client, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                failures++;
                var wait = Backoff(failures);
                // The first failure is worth a warning; while the server stays away, retries are quiet.
                logger.Log(failures == 1 ? LogLevel.Warning : LogLevel.Debug, ex,
                    "Mailbox {Inbox} ({Host}:{Port}) unavailable: {Reason}; retrying in {Seconds} s",
                    mailbox.InboxId, mailbox.Imap.Host, mailbox.Imap.Port, ex.Message, wait.TotalSeconds);
                try
                {
                    await Task.Delay(wait, clock, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private TimeSpan Backoff(int failures)
    {
        var seconds = Math.Min(options.ReconnectMaxSeconds, Math.Pow(2, Math.Min(failures - 1, 20)));
        // A little jitter so that several mailboxes on one server do not knock at the same instant.
        return TimeSpan.FromSeconds(seconds * (0.8 + Random.Shared.NextDouble() * 0.4));
    }

    private async Task ConnectAsync(ImapClient client, CancellationToken cancellationToken)
    {
        var security = Enum.TryParse<SecureSocketOptions>(mailbox.Imap.Security, ignoreCase: true, out var s) ? s : SecureSocketOptions.Auto;
        client.Timeout = 60_000;
        await client.ConnectAsync(mailbox.Imap.Host, mailbox.Imap.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(mailbox.Imap.UserName))
            await client.AuthenticateAsync(mailbox.Imap.UserName, mailbox.Imap.Password, cancellationToken);
    }

    private async Task ReadAsync(ImapClient client, CancellationToken cancellationToken)
    {
        var folder = await client.GetFolderAsync(mailbox.Folder, cancellationToken);
        await folder.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
        var done = string.IsNullOrEmpty(mailbox.ProcessedFolder) ? null : await ProcessedFolderAsync(client, cancellationToken);
        await CatchUpAsync(folder, done, cancellationToken);
        while (true)
        {
            await ReadNewAsync(folder, done, cancellationToken);
            if (client.Capabilities.HasFlag(ImapCapabilities.Idle))
                await IdleAsync(client, folder, cancellationToken);
            else
            {
                await Task.Delay(TimeSpan.FromSeconds(options.PollSeconds), clock, cancellationToken);
                await client.NoOpAsync(cancellationToken);
            }
        }
    }

    private async Task<IMailFolder> ProcessedFolderAsync(ImapClient client, CancellationToken cancellationToken)
    {
        try
        {
            return await client.GetFolderAsync(mailbox.ProcessedFolder, cancellationToken);
        }
        catch (FolderNotFoundException)
        {
            var root = client.GetFolder(client.PersonalNamespaces[0]);
            return await root.CreateAsync(mailbox.ProcessedFolder, isMessageFolder: true, cancellationToken)
                ?? throw new InvalidOperationException($"Folder {mailbox.ProcessedFolder} could not be created.");
        }
    }

    private async Task IdleAsync(ImapClient client, IMailFolder folder, CancellationToken cancellationToken)
    {
        // IDLE ends when mail arrives, and at least every PollSeconds (at most 9 minutes, under servers' 30-minute limit)
        // as a safety net against a notification lost between the last search and the IDLE command.
        using var arrived = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        arrived.CancelAfter(TimeSpan.FromSeconds(Math.Clamp(options.PollSeconds, 1, 540)));
        void OnCountChanged(object? sender, EventArgs e) => arrived.Cancel();
        folder.CountChanged += OnCountChanged;
        try
        {
            await client.IdleAsync(arrived.Token, cancellationToken);
        }
        finally
        {
            folder.CountChanged -= OnCountChanged;
        }
    }

    private async Task ReadNewAsync(IMailFolder folder, IMailFolder? done, CancellationToken cancellationToken)
    {
        var validity = folder.UidValidity;
        var cursor = await cursors.GetAsync(CursorKey, cancellationToken);
        var last = cursor is not null && cursor.UidValidity == validity ? cursor.LastUid : 0;
        if (cursor is not null && cursor.UidValidity != validity)
            logger.LogWarning("Mailbox {Inbox} folder {Folder}: UIDVALIDITY changed from {Old} to {New}; reading it again (messages already stored are recognised)",
                mailbox.InboxId, mailbox.Folder, cursor.UidValidity, validity);
        while (true)
        {
            // "last+1:*" always includes the highest UID, even below last+1: keep only the new ones.
            var found = await folder.SearchAsync(SearchQuery.Uids(new UniqueIdRange(new UniqueId(validity, last + 1), UniqueId.MaxValue)), cancellationToken);
            var pending = found.Where(u => u.Id > last).OrderBy(u => u.Id).ToList();
            if (pending.Count == 0)
                return;
            foreach (var uid in pending)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await StoreAsync(folder, uid, validity, cancellationToken);
                await AcknowledgeAsync(folder, done, uid, validity);
                last = uid.Id;
                Interlocked.Increment(ref processed);
            }
        }
    }

    // A stop that lands after the store would leave the message committed but not flagged: the next reader starts after
    // the cursor and would never flag it. So once stored, the cursor and the flag are finished whatever the stop says,
    // bounded only by a timeout (a dead connection fails here and the reconnect's catch-up flags the message).
    private async Task AcknowledgeAsync(IMailFolder folder, IMailFolder? done, UniqueId uid, uint validity)
    {
        using var bound = new CancellationTokenSource(AcknowledgeTimeout);
        await cursors.SaveAsync(new MailboxCursor(CursorKey, validity, uid.Id, clock.GetUtcNow()), bound.Token);
        if (done is null)
            await folder.AddFlagsAsync(uid, MessageFlags.Seen, silent: true, bound.Token);
        else
            await folder.MoveToAsync(uid, done, bound.Token);
    }

    // A process killed between the cursor's save and the flag leaves committed messages unflagged (or unmoved): on each
    // connection, flag or move everything at or below the cursor that still needs it, without reading it again.
    private async Task CatchUpAsync(IMailFolder folder, IMailFolder? done, CancellationToken cancellationToken)
    {
        var validity = folder.UidValidity;
        if (await cursors.GetAsync(CursorKey, cancellationToken) is not { } cursor || cursor.UidValidity != validity || cursor.LastUid == 0)
            return;
        var last = cursor.LastUid;
        var committed = SearchQuery.Uids(new UniqueIdRange(new UniqueId(validity, 1), new UniqueId(validity, last)));
        var behind = (await folder.SearchAsync(done is null ? committed.And(SearchQuery.NotSeen) : committed, cancellationToken))
            .Where(u => u.Id <= last).ToList();
        if (behind.Count == 0)
            return;
        logger.LogWarning("Mailbox {Inbox} folder {Folder}: {Count} message(s) already stored were not yet acknowledged; acknowledging them",
            mailbox.InboxId, mailbox.Folder, behind.Count);
        if (done is null)
            await folder.AddFlagsAsync(behind, MessageFlags.Seen, silent: true, cancellationToken);
        else
            await folder.MoveToAsync(behind, done, cancellationToken);
    }

    private async Task StoreAsync(IMailFolder folder, UniqueId uid, uint validity, CancellationToken cancellationToken)
    {
        byte[] raw;
        await using (var stream = await folder.GetStreamAsync(uid, cancellationToken))
        using (var buffer = new MemoryStream())
        {
            await stream.CopyToAsync(buffer, cancellationToken);
            raw = buffer.ToArray();
        }
        await intake.KeepAsync(mailbox, raw, validity, uid.Id, cancellationToken);
    }
}
