using CityCrm.Conversations.Mail;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace CityCrm.Channels.Email.Outbound;

/// <summary>
/// Sends a stored outgoing message as an email from the mailbox of the conversation's inbox, through its SMTP
/// server, for the outbox. Addresses known to bounce fail at once without contacting the server. Once the server
/// accepts, the email joins the conversation's mail thread, and a bot's email counts towards the sender's hourly
/// limit of automatic replies (<see cref="AutoReplyPolicy"/>).
/// </summary>
public sealed class SmtpMailSender(
    MailboxDirectory mailboxes,
    ReplyMessageBuilder builder,
    SmtpTransport transport,
    IMailThreads threads,
    IMailAddressHealth health,
    IAutoReplyLog autoReplies,
    TimeProvider clock,
    ILogger<SmtpMailSender> logger) : IChannelSender
{
    public string ChannelId => ChannelIds.Email;

    /// <summary>An email carries any length of text, so the outbox never splits one.</summary>
    public int MaxTextLength => 0;

    public async Task<SendOutcome> SendAsync(OutboundDelivery delivery, CancellationToken cancellationToken)
    {
        if (mailboxes.Find(delivery.InboxId) is not { } mailbox)
            return SendOutcome.Failed($"No mailbox is configured for inbox {delivery.InboxId}.");
        if (!MailboxAddress.TryParse(delivery.Address, out var to) || string.IsNullOrEmpty(to.Domain))
            return SendOutcome.Failed($"{delivery.Address} is not an email address.");
        if (string.IsNullOrWhiteSpace(delivery.Activity.Text))
            return SendOutcome.Failed("The message has no text to send.");
        if (await health.GetFailureAsync(to.Address, cancellationToken) is { } failure)
            return SendOutcome.Failed($"The address is bouncing: {failure.Reason} (since {failure.FailingSince:yyyy-MM-dd HH:mm} UTC, {failure.Count} bounce(s)).");

        var email = await builder.BuildAsync(mailbox, to, delivery, cancellationToken);
        var outcome = await transport.SendAsync(mailbox.Smtp, email.Message, cancellationToken);
        if (outcome.Kind == SendOutcomeKind.Accepted)
            await RecordAsync(delivery, email, to.Address, cancellationToken);
        else
            logger.LogInformation("Email {MessageId} for conversation {ConversationId} not accepted ({Kind}): {Error}",
                email.MessageId, delivery.ConversationId, outcome.Kind, outcome.Error);
        return outcome;
    }

    // The server has the message: losing these records must not make the outbox send it again, so a failure is logged only.
    private async Task RecordAsync(OutboundDelivery delivery, OutgoingEmail email, string address, CancellationToken cancellationToken)
    {
        var at = clock.GetUtcNow();
        try
        {
            await threads.RecordAsync(new MailThreadEntry(email.MessageId, delivery.ConversationId, delivery.InboxId, Outgoing: true,
                email.Subject, delivery.Sequence, at), cancellationToken);
            if (email.Automatic)
                await autoReplies.RecordAsync(delivery.InboxId, address, at, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Email {MessageId} was sent but recording it in conversation {ConversationId} failed",
                email.MessageId, delivery.ConversationId);
        }
    }
}
