using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CityCrm.Conversations.Portal;

/// <summary>Sends queued sign-in codes one after another; a failed send is logged and the resident asks again.</summary>
public sealed class ResidentCodeWorker(ResidentCodeQueue queue, ResidentCodeSender sender, ILogger<ResidentCodeWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var delivery in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await sender.SendAsync(delivery, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One provider failure must not stop the codes queued behind it.
                logger.LogError(ex, "Sending a portal sign-in code to contact {ContactId} failed", delivery.Target.ContactId);
            }
        }
    }
}
