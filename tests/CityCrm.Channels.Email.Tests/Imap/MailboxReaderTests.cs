using CityCrm.CaseCore;
using CityCrm.Channels.Email.Inbound;
using CityCrm.Channels.Email.Tests.Support;
using CityCrm.Conversations.Mail;
using CityCrm.Conversations.Model;
using MailKit;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Channels.Email.Tests.Imap;

/// <summary>The mailbox reader against a real Dovecot server, storing into the real host.</summary>
public sealed class MailboxReaderTests(DovecotServer imap, InboundHostFactory host) : IClassFixture<DovecotServer>, IClassFixture<InboundHostFactory>
{
    [Fact]
    public async Task RunAsync_NewMail_OpensConversationBotAnswersMessageSeen()
    {
        var box = imap.NewUser();
        await imap.AppendAsync(box, Mails.From("ana@mail.example", box, "Trash day", "When is trash collected on Maple Avenue?", "new-1@mail.example"));

        await using var reader = new RunningReader(host.Reader(imap.Mailbox(box)));
        var conversation = await host.ConversationOfAsync("new-1@mail.example");

        var first = (await host.TranscriptAsync(conversation)).First();
        Assert.Equal(AuthorKind.Contact, first.AuthorKind);
        Assert.Equal("When is trash collected on Maple Avenue?", first.Text);
        Assert.Equal("new-1@mail.example", first.ExternalId);
        Assert.Equal("ana@mail.example", (await host.Conversations.GetAsync(conversation, CancellationToken.None))!.Address);
        await InboundHostFactory.UntilAsync(async () => (await host.TranscriptAsync(conversation)).Any(m => m.AuthorKind == AuthorKind.Bot), "The bot did not answer.");
        await InboundHostFactory.UntilAsync(async () => (await imap.FlagsAsync(box)).All(f => f.HasFlag(MessageFlags.Seen)));
    }

    [Fact]
    public async Task RunAsync_ReplyWithInReplyTo_JoinsConversationNewSubjectOpensAnother()
    {
        var box = imap.NewUser();
        await using var reader = new RunningReader(host.Reader(imap.Mailbox(box)));
        await imap.AppendAsync(box, Mails.From("ben@mail.example", box, "Broken bench", "The bench in Elm Park is broken.", "thread-1@mail.example"));
        var conversation = await host.ConversationOfAsync("thread-1@mail.example");
        // Our answer, as the outbound side records it.
        await host.Threads.RecordAsync(new MailThreadEntry("answer-1@riverton.example", conversation, "email", true, "Re: Broken bench", null, DateTimeOffset.UtcNow), CancellationToken.None);

        await imap.AppendAsync(box,
            Mails.From("ben@mail.example", box, "Re: Broken bench", "Thanks, it is the one near the pond.", "thread-2@mail.example", inReplyTo: "answer-1@riverton.example"),
            Mails.From("ben@mail.example", box, "Dog park hours", "When does the dog park open?", "thread-3@mail.example"));

        Assert.Equal(conversation, await host.ConversationOfAsync("thread-2@mail.example"));
        Assert.NotEqual(conversation, await host.ConversationOfAsync("thread-3@mail.example"));
        Assert.Contains(await host.TranscriptAsync(conversation), m => m.Text == "Thanks, it is the one near the pond.");
    }

    [Fact]
    public async Task RunAsync_SubjectWithCaseReference_JoinsTheCasesConversation()
    {
        var box = imap.NewUser();
        await using var reader = new RunningReader(host.Reader(imap.Mailbox(box)));
        await imap.AppendAsync(box, Mails.From("cara@mail.example", box, "Pothole", "There is a pothole at 12 Elm Street.", "case-1@mail.example"));
        var conversation = await host.ConversationOfAsync("case-1@mail.example");
        var contactId = (await host.Conversations.GetAsync(conversation, CancellationToken.None))!.ContactId;
        var opened = await host.Services.GetRequiredService<ICaseService>().OpenAsync(
            new OpenCaseRequest("pothole", "Pothole", "12 Elm Street", contactId, conversation, "email"), CancellationToken.None);

        await imap.AppendAsync(box, Mails.From("cara@mail.example", box, $"Any news? [#{opened.Reference}]", "Is it fixed yet?", "case-2@mail.example"));

        Assert.Equal(conversation, await host.ConversationOfAsync("case-2@mail.example"));
    }

    [Fact]
    public async Task RunAsync_RestartInTheMiddleOf200_EachStoredExactlyOnceAndSeen()
    {
        var box = imap.NewUser();
        var ids = Enumerable.Range(1, 200).Select(i => $"batch-{i}@mail.example").ToList();
        await imap.AppendAsync(box, [.. ids.Select((id, i) => Mails.From($"resident{i % 7}@mail.example", box, $"Question {i}", $"Question number {i}.", id))]);

        var first = new RunningReader(host.Reader(imap.Mailbox(box)));
        await first.UntilProcessedAsync(100);
        await first.DisposeAsync();
        await using var second = new RunningReader(host.Reader(imap.Mailbox(box)));
        var cursors = host.Services.GetRequiredService<IMailboxCursors>();
        await InboundHostFactory.UntilAsync(async () => (await cursors.GetAsync(second.Reader.CursorKey, CancellationToken.None))?.LastUid == 200);

        var counts = await host.CountByExternalIdAsync(ids);
        Assert.Equal(200, counts.Count);
        Assert.All(counts.Values, c => Assert.Equal(1, c));
        Assert.InRange(first.Reader.Processed, 100, 199);
        Assert.Equal(200, first.Reader.Processed + second.Reader.Processed);
        Assert.All(await imap.FlagsAsync(box), f => Assert.True(f.HasFlag(MessageFlags.Seen)));
    }

    [Fact]
    public async Task RunAsync_CursorCannotBeSaved_MessageStoredButNotAcknowledgedUntilItIs()
    {
        var box = imap.NewUser();
        await imap.AppendAsync(box, Mails.From("dee@mail.example", box, "Noise", "Loud music every night.", "ack-1@mail.example"));
        var failing = new FailingCursors();
        var mailbox = imap.Mailbox(box, processedFolder: "Processed");

        await using (var reader = new RunningReader(host.Reader(mailbox, cursors: failing)))
        {
            await InboundHostFactory.UntilAsync(() => Task.FromResult(failing.Failures >= 2));
            await host.ConversationOfAsync("ack-1@mail.example");
            Assert.Single(await imap.FlagsAsync(box));
            Assert.All(await imap.FlagsAsync(box), f => Assert.False(f.HasFlag(MessageFlags.Seen)));
        }
        await using var working = new RunningReader(host.Reader(mailbox));
        await InboundHostFactory.UntilAsync(async () => (await imap.FlagsAsync(box)).Count == 0, "The message was not moved to Processed.");

        Assert.Equal(1, (await host.CountByExternalIdAsync(["ack-1@mail.example"]))["ack-1@mail.example"]);
        Assert.Single(await imap.FlagsAsync(box, "Processed"));
    }

    [Fact]
    public async Task RunAsync_AutoSubmittedMail_StoredWithoutBotTurn()
    {
        var box = imap.NewUser();
        await imap.AppendAsync(box, Mails.Captured("auto-replied.eml"),
            Mails.From("eve@mail.example", box, "Library hours", "When does the library open on Saturday?", "after-auto@mail.example"));

        await using var reader = new RunningReader(host.Reader(imap.Mailbox(box)));
        var automatic = await host.ConversationOfAsync("ooo-1@mail.example");
        var person = await host.ConversationOfAsync("after-auto@mail.example");
        // The bot answers in arrival order: once the later email is answered, a turn for the automatic one would be over too.
        await InboundHostFactory.UntilAsync(async () => (await host.TranscriptAsync(person)).Any(m => m.AuthorKind == AuthorKind.Bot), "The bot did not answer.");

        var transcript = await host.TranscriptAsync(automatic);
        Assert.Equal("I am out of the office until March 16 with limited access to email.", Assert.Single(transcript).Text);
    }
}
