using CityCrm.Channels.Email.Tests.Support;
using CityCrm.Conversations.Mail;
using MimeKit;

namespace CityCrm.Channels.Email.Tests.Outbound;

/// <summary>The SMTP sender against the real maildev: what arrives, and how it is threaded.</summary>
public sealed class SmtpMailSenderTests(MailDevServer maildev) : IClassFixture<MailDevServer>
{
    [Fact]
    public async Task SendAsync_BotReplyInThread_ArrivesThreadedWithCaseReferenceAndAutoSubmitted()
    {
        await using var services = await EmailServices.CreateAsync(maildev.SmtpPort);
        var resident = EmailServices.NewResident();
        var conversation = await services.OpenConversationAsync(resident, "Dana Resident");
        var start = DateTimeOffset.UtcNow.AddMinutes(-10);
        await services.RecordAsync(conversation, "first@resident.example", false, "Pothole on Elm Street", start);
        await services.RecordAsync(conversation, "earlier-reply@riverton.test", true, "Re: Pothole on Elm Street", start.AddMinutes(1));
        await services.RecordAsync(conversation, "second@resident.example", false, "RE: Re: Pothole on Elm Street", start.AddMinutes(2));
        var opened = await services.OpenCaseAsync(conversation);
        var sender = services.Get<IChannelSender>();

        var outcome = await sender.SendAsync(EmailServices.Delivery(conversation, 7, "We opened a request for the pothole."), CancellationToken.None);

        Assert.Equal(SendOutcomeKind.Accepted, outcome.Kind);
        var mail = Assert.Single(await maildev.WaitForAsync(resident));
        Assert.Equal(EmailServices.MailboxAddress, mail.From.Mailboxes.Single().Address);
        Assert.Equal("Riverton 311", mail.From.Mailboxes.Single().Name);
        Assert.Equal("Dana Resident", mail.To.Mailboxes.Single().Name);
        Assert.Equal($"Re: Pothole on Elm Street [#{opened.Reference}]", mail.Subject);
        Assert.Equal("second@resident.example", mail.InReplyTo);
        Assert.Equal(["first@resident.example", "earlier-reply@riverton.test", "second@resident.example"], mail.References);
        Assert.Equal("auto-replied", mail.Headers["Auto-Submitted"]);
        Assert.Equal(outcome.ProviderMessageId, mail.MessageId);
        Assert.EndsWith("@riverton.test", mail.MessageId);
        Assert.Contains("We opened a request for the pothole.", mail.TextBody);
        Assert.Contains("<p>We opened a request for the pothole.</p>", mail.HtmlBody);
    }

    [Fact]
    public async Task SendAsync_AgentReply_HasNoAutoSubmittedAndCountsNoAutomaticReply()
    {
        await using var services = await EmailServices.CreateAsync(maildev.SmtpPort);
        var resident = EmailServices.NewResident();
        var conversation = await services.OpenConversationAsync(resident);
        await services.RecordAsync(conversation, "question@resident.example", false, "Bulk pickup", DateTimeOffset.UtcNow);

        var outcome = await services.Get<IChannelSender>().SendAsync(EmailServices.Delivery(conversation, 3, "Hello, this is Alex.", fromAgent: true), CancellationToken.None);

        Assert.Equal(SendOutcomeKind.Accepted, outcome.Kind);
        var mail = Assert.Single(await maildev.WaitForAsync(resident));
        Assert.Null(mail.Headers["Auto-Submitted"]);
        Assert.Equal("Re: Bulk pickup", mail.Subject);
        Assert.Equal(0, await services.Get<IAutoReplyLog>().CountSinceAsync(EmailServices.Inbox, resident, DateTimeOffset.UtcNow.AddHours(-1), CancellationToken.None));
    }

    [Fact]
    public async Task SendAsync_SameMessageSentAgain_KeepsTheMessageId()
    {
        await using var services = await EmailServices.CreateAsync(maildev.SmtpPort);
        var resident = EmailServices.NewResident();
        var conversation = await services.OpenConversationAsync(resident);
        var sender = services.Get<IChannelSender>();
        var delivery = EmailServices.Delivery(conversation, 4, "Your bin will be replaced.");

        var first = await sender.SendAsync(delivery, CancellationToken.None);
        var second = await sender.SendAsync(delivery, CancellationToken.None);
        var other = await sender.SendAsync(EmailServices.Delivery(conversation, 5, "Anything else?"), CancellationToken.None);

        var mails = await maildev.WaitForAsync(resident, 3);
        Assert.Equal(3, mails.Count);
        Assert.Equal(first.ProviderMessageId, second.ProviderMessageId);
        Assert.Equal(2, mails.Count(m => m.MessageId == first.ProviderMessageId));
        Assert.NotEqual(first.ProviderMessageId, other.ProviderMessageId);
    }

    [Fact]
    public async Task SendAsync_Accepted_RecordsTheEmailInTheThreadAndCountsTheAutomaticReply()
    {
        await using var services = await EmailServices.CreateAsync(maildev.SmtpPort);
        var resident = EmailServices.NewResident();
        var conversation = await services.OpenConversationAsync(resident);

        var outcome = await services.Get<IChannelSender>().SendAsync(EmailServices.Delivery(conversation, 2, "Trash is collected on Tuesdays."), CancellationToken.None);

        var entry = Assert.Single(await services.Get<IMailThreads>().ListAsync(conversation.Id, CancellationToken.None));
        Assert.Equal(outcome.ProviderMessageId, entry.MessageId);
        Assert.True(entry.Outgoing);
        Assert.Equal(2, entry.Sequence);
        Assert.Equal("Your message to Riverton 311", entry.Subject);
        Assert.Equal(1, await services.Get<IAutoReplyLog>().CountSinceAsync(EmailServices.Inbox, resident, DateTimeOffset.UtcNow.AddHours(-1), CancellationToken.None));
    }

    [Fact]
    public async Task SendAsync_TextWithMarkup_HtmlPartShowsItAsText()
    {
        await using var services = await EmailServices.CreateAsync(maildev.SmtpPort);
        var resident = EmailServices.NewResident();
        var conversation = await services.OpenConversationAsync(resident, "<b>Mallory</b>");
        const string text = "You wrote: <script>alert('x')</script> & more.\n\nSee https://311.riverton.test/kb/trash?a=1&b=2.";

        await services.Get<IChannelSender>().SendAsync(EmailServices.Delivery(conversation, 2, text, fromAgent: true), CancellationToken.None);

        var mail = Assert.Single(await maildev.WaitForAsync(resident));
        Assert.DoesNotContain("<script>", mail.HtmlBody);
        Assert.DoesNotContain("<b>", mail.HtmlBody);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more.", mail.HtmlBody);
        Assert.Contains("<a href=\"https://311.riverton.test/kb/trash?a=1&amp;b=2\">", mail.HtmlBody);
        Assert.Contains("<script>alert('x')</script>", mail.TextBody);
        Assert.Equal("<b>Mallory</b>", mail.To.Mailboxes.Single().Name);
    }
}
