namespace CityCrm.Conversations.Routing;

/// <summary>Tells agents' consoles about offers and presence (the agent hub implements it).</summary>
public interface IRoutingNotifier
{
    /// <summary>A conversation is offered to the offer's agent.</summary>
    Task OfferAsync(RoutingOffer offer, CancellationToken cancellationToken);

    /// <summary>The offer is no longer open to its agent (it lapsed, was declined, or someone else took the conversation).</summary>
    Task WithdrawAsync(RoutingOffer offer, CancellationToken cancellationToken);

    /// <summary>An agent's presence changed.</summary>
    Task PresenceAsync(PresenceState presence, CancellationToken cancellationToken);
}
