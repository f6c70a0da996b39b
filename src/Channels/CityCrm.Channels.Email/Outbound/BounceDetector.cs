using CityCrm.Conversations.Mail;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace CityCrm.Channels.Email.Outbound;

/// <summary>
/// Looks at every email that arrives: a bounce marks each recipient it reports as failed as a bouncing address
/// (later replies to it fail at once), and any other email clears its sender's mark, since the resident evidently
/// reads mail there again. The inbound reader calls <see cref="InspectAsync"/> once per received email.
/// </summary>
public sealed class BounceDetector(IMailAddressHealth health, MailboxDirectory mailboxes, TimeProvider clock, ILogger<BounceDetector> logger)
{
    /// <summary>
    /// The bounce <paramref name="message"/> is (its failed recipients now marked as bouncing), or null when it is an
    /// ordinary email (its sender's bouncing mark, if any, now cleared). A bounce must not open a conversation nor be answered.
    /// </summary>
    public async Task<MailBounce?> InspectAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var bounce = BounceParser.Parse(message, mailboxes.OwnAddresses);
        if (bounce is null)
        {
            if (message.From.Mailboxes.FirstOrDefault()?.Address is { Length: > 0 } sender && await health.ClearAsync(sender, cancellationToken))
                logger.LogInformation("{Address} wrote to us again: no longer marked as bouncing", sender);
            return null;
        }
        var at = clock.GetUtcNow();
        foreach (var failed in bounce.Failures)
        {
            await health.MarkFailingAsync(failed.Address, failed.Reason, at, cancellationToken);
            logger.LogWarning("Mail to {Address} bounced ({Reason}): marked as bouncing", failed.Address, failed.Reason);
        }
        return bounce;
    }

    /// <summary>The bounce <paramref name="message"/> is, without recording anything; null for an ordinary email.</summary>
    public MailBounce? Detect(MimeMessage message) => BounceParser.Parse(message, mailboxes.OwnAddresses);
}
