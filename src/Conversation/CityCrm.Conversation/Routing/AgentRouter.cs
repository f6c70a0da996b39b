using CityCrm.Conversations.Events;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Routing;

/// <summary>
/// Offers queued conversations to agents. A pass runs when a conversation is queued, when an agent frees room or
/// becomes available, when an offer is declined or lapses, and every few seconds (which also picks up, after a
/// restart, the conversations still queued in the store). Passes never overlap.
/// </summary>
public sealed class AgentRouter(
    IAgentRoutingStore store,
    AgentPresence presence,
    OfferBook offers,
    IRoutingNotifier notifier,
    IOptions<RoutingOptions> options,
    TimeProvider clock,
    ILogger<AgentRouter> logger) :
    IDomainEventHandler<ConversationQueued>,
    IDomainEventHandler<ConversationAssigned>,
    IDomainEventHandler<ConversationResolved>,
    IDomainEventHandler<ConversationTransferred>
{
    private const int PassLimit = 200;
    private readonly SemaphoreSlim pass = new(1, 1);

    /// <summary>Offers every queued conversation nobody is being asked about to the best fitting available agent.</summary>
    public async Task RouteAsync(CancellationToken cancellationToken)
    {
        await pass.WaitAsync(cancellationToken);
        try
        {
            var available = presence.All().Where(p => p.Status == PresenceStatus.Available).ToDictionary(p => p.AgentId);
            if (available.Count == 0)
                return;
            var queued = await store.ListQueuedAsync(PassLimit, cancellationToken);
            if (queued.Count == 0)
                return;
            var agents = (await store.ListAgentsAsync(cancellationToken)).Where(a => available.ContainsKey(a.Id)).ToList();
            var load = await LoadAsync(cancellationToken);
            var now = clock.GetUtcNow();
            foreach (var conversation in queued.Where(q => !offers.IsOffered(q.Id)))
            {
                var candidates = agents
                    .Where(a => !offers.WasPassedOver(conversation.Id, a.Id, now))
                    .Select(a => new RoutingCandidate(a.Id, a.Skills, LoadOf(load, a.Id), available[a.Id].IdleSince));
                if (AgentSelector.Choose(conversation, candidates, options.Value) is not { } agentId)
                    continue;
                var offer = new RoutingOffer(conversation.Id, agentId, conversation.ChannelId, now, now + options.Value.OfferTimeout);
                offers.Add(offer);
                Count(load, agentId, ChannelTypes.Of(conversation.ChannelId));
                logger.LogInformation("Offered conversation {ConversationId} in {Queue} to agent {AgentId}", conversation.Id, conversation.Queue, agentId);
                await notifier.OfferAsync(offer, cancellationToken);
            }
        }
        finally
        {
            pass.Release();
        }
    }

    /// <summary>Lapses offers past their time (the agent is passed over), turns long-dropped agents offline, then routes.</summary>
    public async Task TickAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var lapsed in offers.Expire(now))
        {
            offers.PassOver(lapsed.ConversationId, lapsed.AgentId, now + options.Value.DeclineCooldown);
            await notifier.WithdrawAsync(lapsed, cancellationToken);
        }
        foreach (var change in presence.ExpireGrace())
            await notifier.PresenceAsync(change, cancellationToken);
        await RouteAsync(cancellationToken);
    }

    public Task HandleAsync(ConversationQueued domainEvent, CancellationToken cancellationToken) =>
        WithdrawThenRouteAsync(domainEvent.ConversationId, cancellationToken);

    public async Task HandleAsync(ConversationAssigned domainEvent, CancellationToken cancellationToken)
    {
        presence.MarkWorked(domainEvent.AgentId);
        // Taken by hand, or given by a transfer: whoever was being asked is asked no more.
        if (offers.Withdraw(domainEvent.ConversationId) is { } offer && offer.AgentId != domainEvent.AgentId)
            await notifier.WithdrawAsync(offer, cancellationToken);
    }

    public Task HandleAsync(ConversationResolved domainEvent, CancellationToken cancellationToken) =>
        WithdrawThenRouteAsync(domainEvent.ConversationId, cancellationToken);

    public Task HandleAsync(ConversationTransferred domainEvent, CancellationToken cancellationToken) =>
        RouteAsync(cancellationToken);

    private async Task WithdrawThenRouteAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (offers.Withdraw(conversationId) is { } offer)
            await notifier.WithdrawAsync(offer, cancellationToken);
        await RouteAsync(cancellationToken);
    }

    // What each agent holds, plus the offers waiting for their answer: an agent is not offered more than fits.
    private async Task<Dictionary<string, Dictionary<string, int>>> LoadAsync(CancellationToken cancellationToken)
    {
        var load = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var held in await store.GetLoadAsync(cancellationToken))
            Count(load, held.AgentId, ChannelTypes.Of(held.ChannelId), held.Count);
        foreach (var pending in offers.Pending())
            Count(load, pending.AgentId, ChannelTypes.Of(pending.ChannelId));
        return load;
    }

    private static IReadOnlyDictionary<string, int> LoadOf(Dictionary<string, Dictionary<string, int>> load, string agentId) =>
        load.TryGetValue(agentId, out var held) ? held : new Dictionary<string, int>();

    private static void Count(Dictionary<string, Dictionary<string, int>> load, string agentId, string channelType, int by = 1)
    {
        if (!load.TryGetValue(agentId, out var held))
            load[agentId] = held = new Dictionary<string, int>(StringComparer.Ordinal);
        held[channelType] = held.GetValueOrDefault(channelType) + by;
    }
}
