using CityCrm.Conversations;
using CityCrm.Conversations.Model;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Email.Tests;

/// <summary>The host refuses mailbox settings no reader could use.</summary>
public sealed class EmailOptionsValidationTests
{
    private static MailboxOptions Mailbox(string inboxId = "email") => new()
    {
        InboxId = inboxId,
        Address = "311@riverton.example",
        Imap = new MailServerOptions { Host = "imap.riverton.example", Port = 993, Security = "SslOnConnect" },
    };

    private static ValidateOptionsResult Inboxes(params MailboxOptions[] mailboxes) =>
        new EmailInboxesValidator(Options.Create(new ConversationOptions
        {
            Inboxes = [new Inbox("email", "email", "311 email"), new Inbox("sms", "sms", "311 text line")],
        })).Validate(null, new EmailOptions { Mailboxes = [.. mailboxes] });

    [Fact]
    public void Validate_EmailInbox_Succeeds()
    {
        Assert.True(Inboxes(Mailbox()).Succeeded);
        Assert.True(new EmailOptionsValidator().Validate(null, new EmailOptions { Mailboxes = [Mailbox()] }).Succeeded);
    }

    [Fact]
    public void Validate_UnknownInbox_Fails()
    {
        var result = Inboxes(Mailbox("permits"));

        Assert.Contains("Email:Mailboxes:0:InboxId names inbox 'permits', which is not under Conversations:Inboxes.", result.Failures!);
    }

    [Fact]
    public void Validate_InboxOfAnotherChannel_Fails()
    {
        var result = Inboxes(Mailbox("sms"));

        Assert.Contains("Email:Mailboxes:0:InboxId names inbox 'sms' of channel 'sms'; it must be an 'email' inbox.", result.Failures!);
    }

    [Fact]
    public void Validate_BadMailboxSettings_EachReported()
    {
        var bad = new MailboxOptions
        {
            InboxId = "email",
            Address = "not an address",
            Imap = new MailServerOptions { Host = "", Port = 70000, Security = "Maybe" },
            Folder = "INBOX",
            ProcessedFolder = "inbox",
        };

        var failures = new EmailOptionsValidator().Validate(null, new EmailOptions { Mailboxes = [bad], PollSeconds = 0 }).Failures!.ToList();

        Assert.Contains(failures, f => f.StartsWith("Email:Mailboxes:0:Address", StringComparison.Ordinal));
        Assert.Contains("Email:Mailboxes:0:Imap:Host is required.", failures);
        Assert.Contains(failures, f => f.StartsWith("Email:Mailboxes:0:Imap:Port", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Email:Mailboxes:0:Imap:Security", StringComparison.Ordinal));
        Assert.Contains("Email:Mailboxes:0:ProcessedFolder must differ from Folder.", failures);
        Assert.Contains("Email:PollSeconds must be between 1 and 3600.", failures);
    }

    [Fact]
    public void Validate_SameFolderTwice_Fails()
    {
        var result = new EmailOptionsValidator().Validate(null, new EmailOptions { Mailboxes = [Mailbox(), Mailbox()] });

        Assert.Contains(result.Failures!, f => f.StartsWith("Email:Mailboxes reads the same folder twice", StringComparison.Ordinal));
    }
}
