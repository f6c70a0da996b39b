using System.Threading.RateLimiting;
using CityCrm.Conversations.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Limits;

/// <summary>
/// Decides whether the bot answers a sender's message. Providers' webhooks come from addresses every resident shares
/// and a refused webhook may be dropped for good, so a flooding sender is not refused at the door: their messages are
/// stored as usual and the bot stops answering them until the window ends, which keeps outbound cost and bot work
/// bounded while nothing a resident wrote is lost.
/// </summary>
public sealed class SenderFloodGuard : IDisposable
{
    private readonly PartitionedRateLimiter<Conversation> limiter;
    private readonly ILogger<SenderFloodGuard> logger;

    public SenderFloodGuard(IOptions<RateLimitOptions> options, ILogger<SenderFloodGuard> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.logger = logger;
        var settings = options.Value;
        limiter = PartitionedRateLimiter.Create<Conversation, string>(conversation => RateLimitPartition.GetFixedWindowLimiter(
            conversation.InboxId + "\n" + conversation.Address,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, settings.BotAnswersPerSender), Window = settings.Window, QueueLimit = 0 }));
    }

    /// <summary>True when the bot may answer this message of the conversation's sender; false while they are over their limit.</summary>
    public bool MayAnswer(Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        using var lease = limiter.AttemptAcquire(conversation);
        if (lease.IsAcquired)
            return true;
        // The conversation id, never the address: logs must not carry residents' numbers.
        logger.LogWarning("Bot quiet for conversation {ConversationId}: its sender is over the message limit", conversation.Id);
        return false;
    }

    public void Dispose() => limiter.Dispose();
}
