using CityCrm.Channels.Email.Tests.Support;
using CityCrm.Conversations.Mail;
using MailKit;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Channels.Email.Tests.Imap;

/// <summary>
/// The step after a message is stored: its cursor and \Seen flag. A stop or a crash between the two must not leave a
/// stored message unflagged for ever (the next reader starts after the cursor), nor have it read twice.
/// </summary>
public sealed class AcknowledgementTests(DovecotServer imap, InboundHostFactory host) : IClassFixture<DovecotServer>, IClassFixture<InboundHostFactory>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task RunAsync_StoppedRightAfterCursorSaved_MessageStillFlaggedAndCounted()
    {
        var box = imap.NewUser();
        await imap.AppendAsync(box, [.. Enumerable.Range(1, 3).Select(i => Mails.From("hal@mail.example", box, $"Q{i}", $"Question {i}.", $"stop-{i}@mail.example"))]);
        using var stop = new CancellationTokenSource();
        var cursors = new StoppingCursors(host.Services.GetRequiredService<IMailboxCursors>(), uid: 2, stop);
        var reader = host.Reader(imap.Mailbox(box), cursors: cursors);

        await reader.RunAsync(stop.Token).WaitAsync(Bound);

        Assert.Equal(2, reader.Processed);
        var flags = await imap.FlagsAsync(box);
        Assert.True(flags[1].HasFlag(MessageFlags.Seen), "The message committed as the stop came was left unflagged.");
        Assert.False(flags[2].HasFlag(MessageFlags.Seen));
    }

    [Fact]
    public async Task RunAsync_CursorAheadOfFlagsAfterACrash_FlagsThemWithoutStoringAgain()
    {
        var box = imap.NewUser();
        await imap.AppendAsync(box, [.. Enumerable.Range(1, 3).Select(i => Mails.From("ida@mail.example", box, $"Q{i}", $"Question {i}.", $"crash-{i}@mail.example"))]);
        var reader = host.Reader(imap.Mailbox(box));
        // What a kill between the cursor's save and the flag leaves: the first two committed, neither flagged.
        await host.Services.GetRequiredService<IMailboxCursors>().SaveAsync(
            new MailboxCursor(reader.CursorKey, await UidValidityAsync(box), 2, DateTimeOffset.UtcNow), CancellationToken.None);

        await using (var running = new RunningReader(reader))
        {
            await running.UntilProcessedAsync(1);
            await InboundHostFactory.UntilAsync(async () => (await imap.FlagsAsync(box)).All(f => f.HasFlag(MessageFlags.Seen)),
                "Messages at or below the cursor were left unflagged.");
        }

        var counts = await host.CountByExternalIdAsync(["crash-1@mail.example", "crash-2@mail.example", "crash-3@mail.example"]);
        Assert.Equal(1, Assert.Single(counts, c => c.Key == "crash-3@mail.example").Value);
        Assert.Single(counts);
        Assert.Equal(1, reader.Processed);
    }

    private async Task<uint> UidValidityAsync(string box)
    {
        using var client = await imap.ConnectAsync(box);
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
        var validity = client.Inbox.UidValidity;
        await client.DisconnectAsync(true);
        return validity;
    }
}
