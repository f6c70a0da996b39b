using CityCrm.Conversations.Routing;

namespace CityCrm.Conversations.Tests.Fakes;

/// <summary>Keeps what the router would have pushed to consoles.</summary>
public sealed class RecordingRoutingNotifier : IRoutingNotifier
{
    public List<RoutingOffer> Offers { get; } = [];
    public List<RoutingOffer> Withdrawn { get; } = [];
    public List<PresenceState> Presence { get; } = [];

    public Task OfferAsync(RoutingOffer offer, CancellationToken cancellationToken)
    {
        Offers.Add(offer);
        return Task.CompletedTask;
    }

    public Task WithdrawAsync(RoutingOffer offer, CancellationToken cancellationToken)
    {
        Withdrawn.Add(offer);
        return Task.CompletedTask;
    }

    public Task PresenceAsync(PresenceState presence, CancellationToken cancellationToken)
    {
        Presence.Add(presence);
        return Task.CompletedTask;
    }
}
