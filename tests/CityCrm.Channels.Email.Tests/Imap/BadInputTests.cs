using System.Text.Json;
using CityCrm.Channels.Email.Inbound;
using CityCrm.Channels.Email.Tests.Support;
using CityCrm.Conversations.Model;
using MailKit;
using MimeKit;

namespace CityCrm.Channels.Email.Tests.Imap;

/// <summary>Emails that are broken, absurd or hostile: each is stored with what could be read, and reading goes on.</summary>
public sealed class BadInputTests(DovecotServer imap, InboundHostFactory host) : IClassFixture<DovecotServer>, IClassFixture<InboundHostFactory>
{
    private const long TenMegabytes = 10 * 1024 * 1024;

    [Fact]
    public async Task RunAsync_BrokenMailsThenANormalOne_EachStoredAndReadingGoesOn()
    {
        var box = imap.NewUser();
        await imap.AppendAsync(box, Mails.Captured("malformed.eml"), Mails.Captured("missing-from.eml"), Mails.Captured("huge-header.eml"),
            Mails.Captured("html-script.eml"), Mails.From("last@mail.example", box, "Last one", "Still reading?", "last-1@mail.example"));

        await using var reader = new RunningReader(host.Reader(imap.Mailbox(box)));
        await reader.UntilProcessedAsync(5);
        await host.ConversationOfAsync("last-1@mail.example");

        Assert.NotEmpty(await host.TranscriptAsync(await host.LatestConversationWithAsync("broken@mail.example")));
        var anonymous = await host.TranscriptAsync(await host.LatestConversationWithAsync(MailIntake.UnknownSender));
        Assert.Equal("Who sent this?", Assert.Single(anonymous).Text);
        var huge = await host.TranscriptAsync(await host.ConversationOfAsync("huge-header-1@mail.example"));
        Assert.Equal("The music next door is too loud every night.", huge[0].Text);
        var script = await host.TranscriptAsync(await host.ConversationOfAsync("script-1@mail.example"));
        Assert.DoesNotContain("alert", script[0].Text);
    }

    [Fact]
    public async Task RunAsync_ThirtyMegabyteAttachment_RefusedPolitelyMessageAndSmallFileKept()
    {
        var box = imap.NewUser();
        var message = Mails.From("fay@mail.example", box, "Survey", "Here is the survey and a photo.", "big-1@mail.example");
        var body = new Multipart("mixed") { message.Body! };
        var large = new byte[30 * 1024 * 1024];
        Random.Shared.NextBytes(large);
        body.Add(new MimePart("application", "zip") { FileName = "survey.zip", Content = new MimeContent(new MemoryStream(large)), ContentTransferEncoding = ContentEncoding.Base64 });
        body.Add(new MimePart("image", "jpeg") { FileName = "photo.jpg", Content = new MimeContent(new MemoryStream([0xFF, 0xD8, 0xFF, 0xD9])), ContentTransferEncoding = ContentEncoding.Base64 });
        message.Body = body;
        await imap.AppendAsync(box, message, Mails.From("fay@mail.example", box, "Another", "One more thing.", "big-2@mail.example"));

        await using var reader = new RunningReader(host.Reader(imap.Mailbox(box), new EmailOptions { MaxAttachmentBytes = TenMegabytes, PollSeconds = 1, ReconnectMaxSeconds = 1 }));
        var conversation = await host.ConversationOfAsync("big-1@mail.example");
        await host.ConversationOfAsync("big-2@mail.example");

        var transcript = await host.TranscriptAsync(conversation);
        var received = transcript.First(m => m.ExternalId == "big-1@mail.example");
        Assert.Equal("Here is the survey and a photo.", received.Text);
        var files = received.Activity.Attachments!;
        Assert.Null(files.Single(f => f.Name == "survey.zip").ContentUrl);
        Assert.Equal("refused", files.Single(f => f.Name == "survey.zip").Content!.Value.GetProperty("status").GetString());
        Assert.Equal(large.Length, files.Single(f => f.Name == "survey.zip").Content!.Value.GetProperty("size").GetInt64());
        Assert.StartsWith("/api/agent/attachments/", files.Single(f => f.Name == "photo.jpg").ContentUrl);
        var apology = Assert.Single(transcript, m => m.AuthorKind == AuthorKind.Bot && m.Text!.Contains("survey.zip"));
        Assert.Contains("10 MB", apology.Text);
    }
}
