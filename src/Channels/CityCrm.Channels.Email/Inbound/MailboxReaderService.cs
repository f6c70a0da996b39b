using CityCrm.Conversations.Leases;
using CityCrm.Conversations.Mail;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Email.Inbound;

/// <summary>
/// Runs one <see cref="MailboxReader"/> per configured mailbox for the host's lifetime, each under its own lease
/// ("mailbox:{inbox}:{folder}"), so of several nodes exactly one reads a mailbox, and the mailboxes spread over nodes.
/// </summary>
public sealed class MailboxReaderService(
    IOptions<EmailOptions> options, MailIntake intake, IMailboxCursors cursors, LeaseHolder leases, TimeProvider clock, ILoggerFactory loggers)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting before the first connection attempt.
        await Task.Yield();
        var logger = loggers.CreateLogger<MailboxReader>();
        var readers = options.Value.Mailboxes.Select(m => leases.RunWhileHeldAsync(
            $"mailbox:{m.InboxId}:{m.Folder}",
            held => new MailboxReader(m, options.Value, intake, cursors, clock, logger).RunAsync(held),
            stoppingToken));
        await Task.WhenAll(readers);
    }
}
