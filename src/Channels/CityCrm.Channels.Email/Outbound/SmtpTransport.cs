using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace CityCrm.Channels.Email.Outbound;

/// <summary>
/// Hands one message to a mailbox's SMTP server over a connection of its own (connect, sign in when configured,
/// send, quit). Replies are few and the outbox sends each conversation's in order, so a connection per message
/// costs little and never leaves a half-dead pooled connection behind after a server restart.
/// </summary>
public sealed class SmtpTransport
{
    /// <summary>How long one SMTP command may take before the send is given up and retried later.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The outcome of handing <paramref name="message"/> to <paramref name="server"/>; never throws for a server's refusal or absence.</summary>
    public async Task<SendOutcome> SendAsync(MailServerOptions server, MimeMessage message, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(server.Host) || server.Port is <= 0 or > 65535)
            return SendOutcome.Retry("The mailbox has no SMTP server configured (Smtp:Host and Smtp:Port).");
        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(server.Host, server.Port, Security(server.Security), cancellationToken);
            if (server.UserName.Length > 0)
                await client.AuthenticateAsync(server.UserName, server.Password, cancellationToken);
            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            return SendOutcome.Accepted(message.MessageId ?? "", "sent");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return SmtpFailures.Classify(ex);
        }
    }

    private static SecureSocketOptions Security(string security) =>
        Enum.TryParse<SecureSocketOptions>(security, ignoreCase: true, out var options) && Enum.IsDefined(options) ? options : SecureSocketOptions.Auto;
}
