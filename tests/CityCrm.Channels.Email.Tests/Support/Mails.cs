using MimeKit;

namespace CityCrm.Channels.Email.Tests.Support;

/// <summary>Emails built for a test: a resident writing to the test mailbox.</summary>
public static class Mails
{
    public static MimeMessage From(string sender, string to, string subject, string text, string? messageId = null, string? inReplyTo = null)
    {
        var message = new MimeMessage { Subject = subject, Date = new DateTimeOffset(2026, 3, 9, 10, 0, 0, TimeSpan.Zero) };
        message.From.Add(new MailboxAddress("Resident " + sender.Split('@')[0], sender));
        message.To.Add(MailboxAddress.Parse(to));
        message.MessageId = messageId ?? MimeKit.Utils.MimeUtils.GenerateMessageId("mail.example");
        if (inReplyTo is not null)
        {
            message.InReplyTo = inReplyTo;
            message.References.Add(inReplyTo);
        }
        message.Body = new TextPart("plain") { Text = text };
        return message;
    }

    /// <summary>A captured payload, addressed as it was captured.</summary>
    public static MimeMessage Captured(string name) => Payload.Load(name);
}
