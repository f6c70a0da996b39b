using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Routing;
using Microsoft.AspNetCore.SignalR;

namespace CityCrm.Conversations.Hubs;

/// <summary>Pushes offers to the offered agent's consoles (SignalR's user is the account id) and presence to every agent.</summary>
public sealed class RoutingHubNotifier(IHubContext<AgentHub, IAgentClient> hub, AgentWorkspace workspace) : IRoutingNotifier
{
    public async Task OfferAsync(RoutingOffer offer, CancellationToken cancellationToken)
    {
        if (await workspace.GetSummaryAsync(offer.ConversationId, cancellationToken) is not { } summary)
            return;
        var timeout = (int)Math.Round((offer.ExpiresAt - offer.OfferedAt).TotalSeconds);
        await hub.Clients.User(offer.AgentId).OfferMade(new RoutingOfferDto(offer.ConversationId, summary, offer.ExpiresAt, timeout));
    }

    public Task WithdrawAsync(RoutingOffer offer, CancellationToken cancellationToken) =>
        hub.Clients.User(offer.AgentId).OfferWithdrawn(offer.ConversationId);

    public Task PresenceAsync(PresenceState presence, CancellationToken cancellationToken) =>
        hub.Clients.Group(AgentGroups.All).PresenceChanged(AgentPresenceDto.From(presence));
}
