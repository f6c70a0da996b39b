using CityCrm.Conversations.Mail;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Email.Inbound;

/// <summary>Runs one <see cref="MailboxReader"/> per configured mailbox for the host's lifetime.</summary>
public sealed class MailboxReaderService(
    IOptions<EmailOptions> options, MailIntake intake, IMailboxCursors cursors, TimeProvider clock, ILoggerFactory loggers) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting before the first connection attempt.
        await Task.Yield();
        var logger = loggers.CreateLogger<MailboxReader>();
        var readers = options.Value.Mailboxes
            .Select(m => new MailboxReader(m, options.Value, intake, cursors, clock, logger).RunAsync(stoppingToken));
        await Task.WhenAll(readers);
    }
}
