using CityCrm.Conversations.Contacts.Consent;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Outreach;

/// <summary>
/// Writes planned broadcast messages into residents' conversations, from where the outbox sends them: never during
/// quiet hours (they wait until morning), at most the configured rate per channel each second, after the consent check.
/// Each recipient's conversation is recorded before its message is written with the idempotency key
/// "broadcast:{id}:{contact}", so after a crash at any point the restart writes into the same conversation and the
/// key makes a second write return the first: nobody gets a broadcast twice.
/// </summary>
public sealed class BroadcastSender(
    IBroadcastStore broadcasts, IConversationStore store, ConversationService conversations, IConsentPolicy consent, QuietHours quiet,
    BroadcastSignal signal, IOptions<OutreachOptions> options, IOptions<ConversationOptions> conversationOptions, TimeProvider clock,
    ILogger<BroadcastSender> logger) : BackgroundService
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);

    /// <summary>
    /// One second's worth of sending: up to each channel's rate of waiting recipients. Returns how long to wait before
    /// the next round: until quiet hours end, a second when more wait, or null when nothing waits.
    /// </summary>
    public async Task<TimeSpan?> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (quiet.EndOf(now) is { } morning)
            return morning - now;
        var cache = new Dictionary<string, Broadcast?>(StringComparer.Ordinal);
        var more = false;
        foreach (var channel in await broadcasts.ListWaitingChannelsAsync(cancellationToken))
        {
            var rate = options.Value.RateOf(channel);
            var due = await broadcasts.ListWaitingAsync(channel, rate, cancellationToken);
            more |= due.Count == rate;
            foreach (var recipient in due)
            {
                if (!cache.TryGetValue(recipient.BroadcastId, out var broadcast))
                    cache[recipient.BroadcastId] = broadcast = await broadcasts.GetAsync(recipient.BroadcastId, cancellationToken);
                if (broadcast is { Status: BroadcastStatus.Sending })
                    await SendOneAsync(broadcast, recipient, cancellationToken);
            }
        }
        await broadcasts.FinishDoneAsync(clock.GetUtcNow(), cancellationToken);
        return more ? Tick : null;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SendInBackground)
            return;
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan? wait;
            try
            {
                wait = await SendDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Sending broadcasts failed; trying again shortly");
                wait = TimeSpan.FromSeconds(5);
            }
            var sleep = wait is { } w ? (w < Idle ? w : Idle) : Idle;
            // A new broadcast wakes the loop at once; a throttled round waits out its second regardless.
            if (wait == Tick)
                await Task.Delay(Tick, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            else
                await signal.WaitAsync(sleep, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    // One resident's failure (an inbox removed from the configuration since planning) must not hold up everyone after them.
    private async Task SendOneAsync(Broadcast broadcast, BroadcastRecipient recipient, CancellationToken cancellationToken)
    {
        try
        {
            await SendAsync(broadcast, recipient, cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidOperationException or KeyNotFoundException or ArgumentException)
        {
            logger.LogWarning(ex, "Broadcast {BroadcastId} could not be written for contact {ContactId}", broadcast.Id, recipient.ContactId);
            await broadcasts.CompleteAsync(broadcast.Id, recipient.ContactId, RecipientStatus.Unreachable, null, ex.Message, clock.GetUtcNow(), cancellationToken);
        }
    }

    private async Task SendAsync(Broadcast broadcast, BroadcastRecipient recipient, CancellationToken cancellationToken)
    {
        var conversationId = recipient.ConversationId;
        if (conversationId is null)
        {
            // A number or address known only from the profile becomes an identity of this contact, so the consent check
            // (which finds contacts by address) reads this contact's opt-outs, and agents see one person.
            if ((await store.FindIdentitiesAsync(recipient.Address, cancellationToken)).Count == 0)
            {
                await store.GetOrCreateContactAsync(recipient.InboxId, recipient.Address, null, cancellationToken);
                await store.LinkIdentityAsync(recipient.InboxId, recipient.Address, recipient.ContactId, cancellationToken);
            }
        }
        var decision = await consent.CheckAsync(new ConsentQuery(recipient.ChannelId, recipient.Address, conversationId, broadcast.ConsentTopics), cancellationToken);
        if (!decision.Allowed)
        {
            await broadcasts.CompleteAsync(broadcast.Id, recipient.ContactId, RecipientStatus.OptedOut, null, decision.Reason, clock.GetUtcNow(), cancellationToken);
            return;
        }
        if (conversationId is null)
        {
            conversationId = (await conversations.FindOrOpenAsync(recipient.InboxId, recipient.Address, cancellationToken)).Id;
            await broadcasts.MarkSendingAsync(broadcast.Id, recipient.ContactId, conversationId, clock.GetUtcNow(), cancellationToken);
        }
        var message = await conversations.SendAsync(conversationId, new OutgoingMessage(
            AuthorKind.Bot, "outreach", conversationOptions.Value.BotName, broadcast.TextFor(recipient.Language),
            Entities: [BroadcastEntity.For(broadcast)], IdempotencyKey: $"broadcast:{broadcast.Id}:{recipient.ContactId}"), cancellationToken);
        await broadcasts.CompleteAsync(broadcast.Id, recipient.ContactId, RecipientStatus.Sent, message.Sequence, null, clock.GetUtcNow(), cancellationToken);
    }
}
