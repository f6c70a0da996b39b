using CityCrm.Channels.Email.Tests.Fuzzing;
using CityCrm.Channels.Email.Tests.Support;
using MailKit;
using MimeKit;

namespace CityCrm.Channels.Email.Tests.Imap;

/// <summary>
/// A real mailbox seeded with hostile emails between good ones, read by the real reader: every good one is stored
/// exactly once, every hostile one is kept (read or as its original) and acknowledged, and the reader goes on serving.
/// </summary>
public sealed class HostileMailboxTests(DovecotServer imap, InboundHostFactory host) : IClassFixture<DovecotServer>, IClassFixture<InboundHostFactory>
{
    private static readonly string[] Hostile =
    [
        "multipart-5000-deep", "rfc822-2000-deep", "header-block-20000", "body-one-10mb-line", "parts-5000", "broken-base64",
        "invalid-utf8-and-nul", "crlf-in-encoded-subject", "folded-from-name", "html-200000-nested-divs", "only-a-body",
        "random-bytes", "enormous-ids", "malformed-addresses",
    ];

    [Fact]
    public async Task RunAsync_HostileMailBetweenGoodMail_GoodStoredOnceAllAcknowledgedReaderKeepsServing()
    {
        var box = imap.NewUser();
        var good = Enumerable.Range(0, Hostile.Length + 1).Select(i => $"good-{i}@mail.example").ToList();
        var mails = new List<byte[]>();
        for (var i = 0; i < good.Count; i++)
        {
            mails.Add(Bytes(Mails.From($"resident{i}@mail.example", box, $"Question {i}", $"Good question number {i}.", good[i])));
            if (i < Hostile.Length)
                mails.Add(HostileMails.Build(Hostile[i]));
        }
        await imap.DeliverRawAsync(box, mails);
        Assert.Equal(mails.Count, (await imap.FlagsAsync(box)).Count);

        await using (var first = new RunningReader(host.Reader(imap.Mailbox(box))))
        {
            await first.UntilProcessedAsync(mails.Count);
        }

        var counts = await host.CountByExternalIdAsync(good);
        Assert.Equal(good.Count, counts.Count);
        Assert.All(counts.Values, c => Assert.Equal(1, c));
        Assert.All(await imap.FlagsAsync(box), f => Assert.True(f.HasFlag(MessageFlags.Seen)));

        // A restarted reader reads none of them again, and still serves new mail.
        await using var second = new RunningReader(host.Reader(imap.Mailbox(box)));
        await imap.AppendAsync(box, Mails.From("late@mail.example", box, "Still there?", "One more question.", "late-1@mail.example"));
        await host.ConversationOfAsync("late-1@mail.example");
        await second.UntilProcessedAsync(1);
        Assert.Equal(1, second.Reader.Processed);
    }

    private static byte[] Bytes(MimeMessage message)
    {
        using var buffer = new MemoryStream();
        message.WriteTo(buffer);
        return buffer.ToArray();
    }
}
