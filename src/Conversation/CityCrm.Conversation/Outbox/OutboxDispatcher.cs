using System.Collections.Concurrent;
using CityCrm.Channels;
using CityCrm.Conversations.Contacts.Consent;
using CityCrm.Conversations.Events;
using CityCrm.Conversations.Model;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CityCrm.Conversations.Outbox;

/// <summary>
/// Hands outbox entries to their channel's sender: each conversation's entries strictly in order (the next only
/// once the one before was accepted, failed for good or blocked), different conversations side by side so a slow
/// or failing one holds up no other. Wakes on <see cref="OutboxSignal"/> and on its own timer for retries; entries
/// left pending by a stop or crash are picked up when it starts. For senders that can be asked what their provider
/// accepted (<see cref="ISentMessageLookup"/>), each hand-over is marked first, and a marked entry is looked up before it
/// is sent again, so a crash between the provider's acceptance and our record of it sends nothing twice.
/// </summary>
public sealed class OutboxDispatcher(
    IOutboxStore outbox,
    ChannelSenders senders,
    IConsentPolicy consent,
    IEventPublisher publisher,
    OutboxSignal signal,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    /// <summary>How many conversations are sent to at once, at most.</summary>
    public const int MaxConversations = 32;

    private static readonly TimeSpan AfterError = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan LongestSleep = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, Task> inFlight = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan? sleep;
            try
            {
                sleep = await StartDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Reading the outbox failed; trying again shortly");
                sleep = AfterError;
            }
            await SleepAsync(sleep, stoppingToken);
        }
        await Task.WhenAll(inFlight.Values).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    // Starts a send for every conversation whose first pending entry is due; returns the wait until the next one is.
    private async Task<TimeSpan?> StartDueAsync(CancellationToken cancellationToken)
    {
        // A conversation busy before the read may have finished during it, so its head as read can be the entry
        // just sent: leave it to the next round, which its finishing send signals.
        var busy = inFlight.Keys.ToHashSet();
        var heads = await outbox.GetHeadsAsync(MaxConversations, cancellationToken);
        var now = clock.GetUtcNow();
        DateTimeOffset? next = null;
        foreach (var head in heads.Where(h => !busy.Contains(h.ConversationId) && !inFlight.ContainsKey(h.ConversationId)))
        {
            if (head.NextAttemptAt > now)
            {
                next = next is { } n && n < head.NextAttemptAt ? n : head.NextAttemptAt;
                continue;
            }
            if (inFlight.Count >= MaxConversations)
                break;
            inFlight[head.ConversationId] = Task.Run(() => RunAsync(head, cancellationToken), CancellationToken.None);
        }
        return next - now;
    }

    private async Task RunAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            await DispatchAsync(entry, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the entry stays pending and is sent after the next start.
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Dispatching outbox entry {EntryId} of conversation {ConversationId} failed", entry.Id, entry.ConversationId);
            await Task.Delay(AfterError, clock, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        finally
        {
            inFlight.TryRemove(entry.ConversationId, out _);
            // The conversation's next entry may be due now.
            signal.Notify();
        }
    }

    private async Task DispatchAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        Message? changed;
        // The last gate before a provider: every message to a resident, whoever wrote it, passes the consent check here.
        var decision = await consent.CheckAsync(
            new ConsentQuery(entry.ChannelId, entry.Address, entry.ConversationId, ConsentTopics.Of(entry.Activity)), cancellationToken);
        if (!decision.Allowed)
        {
            changed = await outbox.CompleteAsync(entry.Id, new DeliveryState(DeliveryStatuses.Blocked, null,
                decision.Reason ?? "Not sent: the resident opted out of this channel."), clock.GetUtcNow(), cancellationToken);
        }
        else
        {
            var outcome = await SendAsync(entry, cancellationToken);
            var at = clock.GetUtcNow();
            // The provider has answered: a stop must not cancel recording that answer, or the restart would send the
            // message a second time. The host waits for these writes before it stops.
            changed = outcome.Kind switch
            {
                SendOutcomeKind.Accepted => await outbox.CompleteAsync(entry.Id, Accepted(outcome), at, CancellationToken.None),
                SendOutcomeKind.Failed => await outbox.CompleteAsync(entry.Id, new DeliveryState(DeliveryStatuses.Failed, null,
                    outcome.Error ?? "The provider refused the message."), at, CancellationToken.None),
                _ => await RetryAsync(entry, outcome, at, CancellationToken.None),
            };
        }
        if (changed is not null)
            await publisher.PublishAsync(new MessageDeliveryChanged(changed, clock.GetUtcNow()), cancellationToken);
    }

    private async Task<SendOutcome> SendAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        if (senders.Find(entry.ChannelId) is not { } sender)
            return SendOutcome.Retry($"No sender is configured for the {entry.ChannelId} channel.");
        var delivery = new OutboundDelivery(entry.InboxId, entry.ConversationId, entry.Address, entry.Sequence, PartActivity(entry));
        try
        {
            if (sender is ISentMessageLookup lookup)
            {
                // An earlier hand-over whose answer was never recorded may have been accepted: ask before sending again.
                if (entry.AttemptStartedAt is { } since && await FindAcceptedAsync(lookup, entry, delivery, since, cancellationToken) is { } known)
                    return known;
                await outbox.MarkAttemptAsync(entry.Id, clock.GetUtcNow(), cancellationToken);
            }
            return await sender.SendAsync(delivery, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Senders should not throw; one that does is treated like an outage rather than losing the message.
            logger.LogWarning(ex, "Sender for {Channel} threw on outbox entry {EntryId}", entry.ChannelId, entry.Id);
            return SendOutcome.Retry(ex.Message);
        }
    }

    // The provider's matching message that no other entry has recorded is this entry's; null when there is none.
    private async Task<SendOutcome?> FindAcceptedAsync(
        ISentMessageLookup lookup, OutboxEntry entry, OutboundDelivery delivery, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var found = await lookup.FindSentAsync(delivery, since, cancellationToken);
        if (!found.Answered)
            return SendOutcome.Retry($"Could not ask the provider whether an earlier attempt was accepted: {found.Error}");
        var recorded = await outbox.FindRecordedAsync(entry.ChannelId, [.. found.Matches.Select(m => m.ProviderMessageId)], cancellationToken);
        if (found.Matches.FirstOrDefault(m => !recorded.Contains(m.ProviderMessageId)) is not { } ours)
            return null;
        logger.LogInformation("Outbox entry {EntryId} was already accepted as {ProviderMessageId}; recorded, not sent again", entry.Id, ours.ProviderMessageId);
        return SendOutcome.Accepted(ours.ProviderMessageId, ours.ProviderStatus);
    }

    private async Task<Message?> RetryAsync(OutboxEntry entry, SendOutcome outcome, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var reason = outcome.Error ?? "The provider is unavailable.";
        if (OutboxRetryPolicy.GivenUp(entry.CreatedAt, at))
        {
            return await outbox.CompleteAsync(entry.Id, new DeliveryState(DeliveryStatuses.Failed, null,
                $"Not accepted by the provider within {OutboxRetryPolicy.GiveUpAfter.TotalHours:0} hours: {reason}"), at, cancellationToken);
        }
        var delay = OutboxRetryPolicy.Delay(entry.Attempts + 1, outcome.RetryAfter, Random.Shared.NextDouble());
        logger.LogInformation("Outbox entry {EntryId} will be retried in {Delay}: {Reason}", entry.Id, delay, reason);
        return await outbox.RetryLaterAsync(entry.Id, OutboxRetryPolicy.NextAttempt(entry.CreatedAt, at, delay), reason, at, cancellationToken);
    }

    private static DeliveryState Accepted(SendOutcome outcome)
    {
        var status = outcome.ProviderStatus?.Trim().ToLowerInvariant();
        var known = status is not null && status != DeliveryStatuses.Pending && DeliveryStatuses.IsKnown(status);
        return new DeliveryState(known ? status! : DeliveryStatuses.Queued, outcome.ProviderMessageId, null);
    }

    // Each part carries its own text; cards go with the first part and buttons with the last, so neither repeats.
    private static Channels.Schema.Activity PartActivity(OutboxEntry entry)
    {
        var activity = entry.Activity;
        activity.Text = entry.Text;
        if (entry.Part > 1)
            activity.Attachments = null;
        if (entry.Part < entry.PartCount)
            activity.SuggestedActions = null;
        return activity;
    }

    private async Task SleepAsync(TimeSpan? sleep, CancellationToken stoppingToken)
    {
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var waits = new List<Task> { signal.WaitAsync(wake.Token) };
        if (sleep is { } s)
            waits.Add(Task.Delay(s < TimeSpan.Zero ? TimeSpan.Zero : s > LongestSleep ? LongestSleep : s, clock, wake.Token));
        await Task.WhenAny(waits);
        await wake.CancelAsync();
    }
}
