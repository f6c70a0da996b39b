using CityCrm.Channels.Email.Outbound;
using CityCrm.Channels.Email.Tests.Support;
using CityCrm.Conversations.Mail;
using MimeKit;

namespace CityCrm.Channels.Email.Tests.Outbound;

/// <summary>When the bot may answer an email: header variants of automatic mail, and the hourly limit per sender.</summary>
public sealed class AutoReplyPolicyTests
{
    [Theory]
    [InlineData("Auto-Submitted", "auto-replied", "Auto-Submitted")]
    [InlineData("Auto-Submitted", "auto-generated", "Auto-Submitted")]
    [InlineData("Auto-Submitted", "auto-notified; owner-email=\"x@example.com\"", "Auto-Submitted")]
    [InlineData("Precedence", "bulk", "Precedence")]
    [InlineData("Precedence", "List", "Precedence")]
    [InlineData("Precedence", " junk ", "Precedence")]
    [InlineData("List-Id", "Riverton neighbours <neighbours.lists.example.com>", "mailing list")]
    [InlineData("List-Unsubscribe", "<mailto:leave@lists.example.com>", "mailing list")]
    [InlineData("Return-Path", "<>", "Return-Path")]
    [InlineData("X-Auto-Response-Suppress", "All", "X-Auto-Response-Suppress")]
    public async Task EvaluateAsync_AutomaticHeader_Refused(string header, string value, string reasonPart)
    {
        await using var services = await EmailServices.CreateAsync(FreePort.Next());
        var message = Mail("pat@example.com");
        message.Headers.Add(header, value);

        var decision = await services.Get<AutoReplyPolicy>().EvaluateAsync(message, EmailServices.Inbox, CancellationToken.None);

        Assert.False(decision.Allowed);
        Assert.Contains(reasonPart, decision.Reason);
    }

    [Theory]
    [InlineData("MAILER-DAEMON@mx.example.com")]
    [InlineData("postmaster@example.com")]
    [InlineData("noreply@shop.example.com")]
    [InlineData("no-reply@accounts.example.com")]
    [InlineData("No_Reply+receipts@example.com")]
    [InlineData("do-not-reply@bank.example.com")]
    [InlineData("donotreply@utility.example.com")]
    [InlineData("311@riverton.test")]
    public async Task EvaluateAsync_MailSystemNoReplyOrOwnSender_Refused(string sender)
    {
        await using var services = await EmailServices.CreateAsync(FreePort.Next());

        var decision = await services.Get<AutoReplyPolicy>().EvaluateAsync(Mail(sender), EmailServices.Inbox, CancellationToken.None);

        Assert.False(decision.Allowed);
        Assert.Contains(sender, decision.Reason);
    }

    [Theory]
    [InlineData("Auto-Submitted", "no")]
    [InlineData("Precedence", "first-class")]
    public async Task EvaluateAsync_PersonsMail_Allowed(string header, string value)
    {
        await using var services = await EmailServices.CreateAsync(FreePort.Next());
        var message = Mail("noreen.replyson@example.com");
        message.Headers.Add(header, value);

        var decision = await services.Get<AutoReplyPolicy>().EvaluateAsync(message, EmailServices.Inbox, CancellationToken.None);

        Assert.True(decision.Allowed, decision.Reason);
    }

    [Fact]
    public async Task EvaluateAsync_Dsn_Refused()
    {
        await using var services = await EmailServices.CreateAsync(FreePort.Next());
        var dsn = await MimeMessage.LoadAsync(TestPaths.Payload("dsn-gmail-failure.eml"));
        dsn.Headers.Remove("Auto-Submitted");
        dsn.Headers.Remove("Return-Path");

        var decision = await services.Get<AutoReplyPolicy>().EvaluateAsync(dsn, EmailServices.Inbox, CancellationToken.None);

        Assert.False(decision.Allowed);
    }

    [Fact]
    public async Task EvaluateAsync_LimitReached_RefusedUntilTheHourPasses()
    {
        await using var services = await EmailServices.CreateAsync(FreePort.Next(), autoRepliesPerHour: 2);
        var log = services.Get<IAutoReplyLog>();
        var policy = services.Get<AutoReplyPolicy>();
        var now = DateTimeOffset.UtcNow;
        await log.RecordAsync(EmailServices.Inbox, "pat@example.com", now.AddMinutes(-70), CancellationToken.None);
        await log.RecordAsync(EmailServices.Inbox, "pat@example.com", now.AddMinutes(-20), CancellationToken.None);

        var belowLimit = await policy.EvaluateAsync(Mail("pat@example.com"), EmailServices.Inbox, CancellationToken.None);
        await log.RecordAsync(EmailServices.Inbox, "PAT@example.com", now.AddMinutes(-1), CancellationToken.None);
        var atLimit = await policy.EvaluateAsync(Mail("Pat@Example.com"), EmailServices.Inbox, CancellationToken.None);
        var otherInbox = await policy.EvaluateAsync(Mail("pat@example.com"), "permits", CancellationToken.None);

        Assert.True(belowLimit.Allowed, belowLimit.Reason);
        Assert.False(atLimit.Allowed);
        Assert.Contains("2 automatic replies", atLimit.Reason);
        Assert.True(otherInbox.Allowed, otherInbox.Reason);
    }

    [Fact]
    public async Task EvaluateAsync_NewPolicyOverTheSameDatabase_KeepsTheCount()
    {
        var folder = Directory.CreateTempSubdirectory("citycrm-email-limit-").FullName;
        await using (var before = await EmailServices.CreateAsync(FreePort.Next(), autoRepliesPerHour: 1, folder: folder))
            await before.Get<IAutoReplyLog>().RecordAsync(EmailServices.Inbox, "pat@example.com", DateTimeOffset.UtcNow, CancellationToken.None);

        await using var after = await EmailServices.CreateAsync(FreePort.Next(), autoRepliesPerHour: 1, folder: folder);
        var decision = await after.Get<AutoReplyPolicy>().EvaluateAsync(Mail("pat@example.com"), EmailServices.Inbox, CancellationToken.None);

        Assert.False(decision.Allowed);
        Directory.Delete(folder, recursive: true);
    }

    private static MimeMessage Mail(string from)
    {
        var message = new MimeMessage { Subject = "Question about trash day" };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(new MailboxAddress("Riverton 311", EmailServices.MailboxAddress));
        message.Body = new TextPart("plain") { Text = "When is trash collected on Elm Street?" };
        return message;
    }
}
