using System.Threading.Channels;
using CityCrm.Conversations.Events;
using CityCrm.Conversations.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Supervision;

/// <summary>
/// Pushes the live counters to every dashboard when conversations change, coalesced: events only raise a flag,
/// and the counters are counted and pushed at most once per <see cref="SupervisorOptions.PushIntervalMilliseconds"/>,
/// so a storm of hand-offs costs a few pushes, not one per event. Also pushes every
/// <see cref="SupervisorOptions.RefreshSeconds"/> so waits keep growing on screen.
/// </summary>
public sealed class SupervisorBroadcaster(
    IHubContext<SupervisorHub, ISupervisorClient> hub,
    SupervisorCounters counters,
    SupervisorAudience audience,
    IOptions<SupervisorOptions> options,
    ILogger<SupervisorBroadcaster> logger) : BackgroundService,
    IDomainEventHandler<ConversationQueued>,
    IDomainEventHandler<ConversationAssigned>,
    IDomainEventHandler<ConversationResolved>,
    IDomainEventHandler<ConversationReopened>,
    IDomainEventHandler<MessageAppended>,
    IDomainEventHandler<ConversationTransferred>,
    IRoutingNotifier
{
    // One pending flag: any number of events while a push is under way make exactly one more push.
    private readonly Channel<bool> pending = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>How many times the counters were pushed; tests and benchmarks read it to see the coalescing.</summary>
    public long Pushes => Interlocked.Read(ref pushes);

    private long pushes;

    public Task HandleAsync(ConversationQueued domainEvent, CancellationToken cancellationToken) => Signal();

    public Task HandleAsync(ConversationAssigned domainEvent, CancellationToken cancellationToken) => Signal();

    public Task HandleAsync(ConversationResolved domainEvent, CancellationToken cancellationToken) => Signal();

    public Task HandleAsync(ConversationReopened domainEvent, CancellationToken cancellationToken) => Signal();

    public Task HandleAsync(MessageAppended domainEvent, CancellationToken cancellationToken) => Signal();

    public Task HandleAsync(ConversationTransferred domainEvent, CancellationToken cancellationToken) => Signal();

    public Task OfferAsync(RoutingOffer offer, CancellationToken cancellationToken) => Signal();

    public Task WithdrawAsync(RoutingOffer offer, CancellationToken cancellationToken) => Signal();

    public Task PresenceAsync(PresenceState presence, CancellationToken cancellationToken) => Signal();

    /// <summary>Asks for a push soon; never waits.</summary>
    public Task Signal()
    {
        pending.Writer.TryWrite(true);
        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(Math.Max(1, options.Value.PushIntervalMilliseconds));
        var refresh = TimeSpan.FromSeconds(Math.Max(1, options.Value.RefreshSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            using (var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
            {
                wait.CancelAfter(refresh);
                try
                {
                    await pending.Reader.ReadAsync(wait.Token);
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                    // The refresh period passed without an event: push anyway.
                }
            }
            await PushAsync(stoppingToken);
            await Task.Delay(interval, stoppingToken);
        }
    }

    private async Task PushAsync(CancellationToken cancellationToken)
    {
        if (audience.Connected <= 0)
            return;
        try
        {
            await hub.Clients.Group(SupervisorHub.Group).CountersChanged(await counters.CountAsync(cancellationToken));
            Interlocked.Increment(ref pushes);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Counting or pushing the supervisor counters failed");
        }
    }
}
