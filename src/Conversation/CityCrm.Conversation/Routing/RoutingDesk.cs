using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Routing;

/// <summary>
/// What an agent's console does about routing: connect and disconnect (presence follows), choose a presence,
/// accept or decline an offer. Every presence change is pushed to the consoles.
/// </summary>
public sealed class RoutingDesk(
    AgentPresence presence,
    OfferBook offers,
    AgentRouter router,
    ConversationService conversations,
    IRoutingNotifier notifier,
    IOptions<RoutingOptions> options,
    TimeProvider clock)
{
    public async Task ConnectedAsync(string agentId, string connectionId, CancellationToken cancellationToken)
    {
        if (presence.Connect(agentId, connectionId) is { } change)
            await PresenceChangedAsync(change, cancellationToken);
    }

    public async Task DisconnectedAsync(string agentId, string connectionId, CancellationToken cancellationToken)
    {
        if (presence.Disconnect(agentId, connectionId) is { } change)
            await PresenceChangedAsync(change, cancellationToken);
    }

    /// <summary>Sets the agent's presence; leaving "available" hands their open offers to others.</summary>
    public async Task<PresenceState> SetPresenceAsync(string agentId, PresenceStatus status, CancellationToken cancellationToken)
    {
        var state = presence.Set(agentId, status);
        await PresenceChangedAsync(state, cancellationToken);
        return state;
    }

    public PresenceState GetPresence(string agentId) => presence.Get(agentId);

    public IReadOnlyList<RoutingOffer> PendingOffers(string agentId) => offers.PendingFor(agentId);

    /// <summary>Assigns the offered conversation to the agent; throws <see cref="OfferUnavailableException"/> when it is not theirs to take.</summary>
    public async Task<Conversation> AcceptAsync(string agentId, string displayName, string conversationId, CancellationToken cancellationToken)
    {
        if (offers.Take(conversationId, agentId, clock.GetUtcNow()) is null)
            throw new OfferUnavailableException(conversationId);
        var conversation = await conversations.AssignAsync(conversationId, agentId, cancellationToken);
        await conversations.SendAsync(conversationId,
            new OutgoingMessage(AuthorKind.System, agentId, displayName, $"{displayName} joined the conversation."), cancellationToken);
        return conversation;
    }

    /// <summary>The agent does not want it: the next agent is asked, and this one is passed over for a while.</summary>
    public async Task DeclineAsync(string agentId, string conversationId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var offer = offers.Take(conversationId, agentId, now) ?? throw new OfferUnavailableException(conversationId);
        offers.PassOver(conversationId, agentId, now + options.Value.DeclineCooldown);
        await notifier.WithdrawAsync(offer, cancellationToken);
        await router.RouteAsync(cancellationToken);
    }

    private async Task PresenceChangedAsync(PresenceState state, CancellationToken cancellationToken)
    {
        await notifier.PresenceAsync(state, cancellationToken);
        if (state.Status != PresenceStatus.Available)
        {
            // Nobody answers offers on a console that is away or gone: ask someone else now rather than at the timeout.
            foreach (var offer in offers.PendingFor(state.AgentId))
            {
                if (offers.Withdraw(offer.ConversationId) is { } withdrawn)
                    await notifier.WithdrawAsync(withdrawn, cancellationToken);
            }
        }
        await router.RouteAsync(cancellationToken);
    }
}
