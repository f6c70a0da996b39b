using CityCrm.Conversations.Mail;
using MimeKit;

namespace CityCrm.Channels.Email.Outbound;

/// <summary>
/// Decides whether the bot may answer a received email. Never for mail that is itself automatic or bulk (RFC 3834's
/// Auto-Submitted, Precedence bulk/list/junk, mailing-list headers, an empty Return-Path, a mail system's or
/// no-reply sender, a bounce, our own mailboxes), and at most <see cref="EmailOptions.AutoRepliesPerSenderPerHour"/>
/// automatic replies per sender and mailbox in any hour, counted from the replies actually sent (so a restart
/// does not reset it). The inbound reader calls <see cref="EvaluateAsync"/> before letting the bot answer; a
/// refused email still reaches the conversation for an agent, with the reason.
/// </summary>
public sealed class AutoReplyPolicy(IAutoReplyLog log, MailboxDirectory mailboxes, TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    /// <summary>Whether the bot may answer <paramref name="message"/>, received on <paramref name="inboxId"/>.</summary>
    public async Task<AutoReplyDecision> EvaluateAsync(MimeMessage message, string inboxId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var sender = message.From.Mailboxes.FirstOrDefault()?.Address;
        if (string.IsNullOrWhiteSpace(sender))
            return AutoReplyDecision.Refuse("The email has no sender address.");
        if (AutomaticMail.Why(message) is { } reason)
            return AutoReplyDecision.Refuse(reason);
        if (mailboxes.IsOwnAddress(sender))
            return AutoReplyDecision.Refuse($"The email comes from our own mailbox {sender}.");
        if (BounceParser.Parse(message, mailboxes.OwnAddresses) is not null)
            return AutoReplyDecision.Refuse("The email is a delivery failure report (bounce).");
        var limit = mailboxes.AutoRepliesPerSenderPerHour;
        var sent = await log.CountSinceAsync(inboxId, sender, clock.GetUtcNow() - Window, cancellationToken);
        return sent >= limit
            ? AutoReplyDecision.Refuse($"{sent} automatic replies were sent to {sender} in the last hour (at most {limit}); an agent should answer.")
            : AutoReplyDecision.Allow;
    }
}
