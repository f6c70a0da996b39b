using Microsoft.Extensions.Logging;

namespace CityCrm.Conversations.Routing;

/// <summary>
/// Tells every routing listener (the agents' consoles, the supervisors' dashboard) about offers and presence. Each is
/// registered as a keyed <see cref="IRoutingNotifier"/> under <see cref="Key"/>; one that fails does not stop the others.
/// </summary>
public sealed class RoutingNotifierFanOut(IEnumerable<IRoutingNotifier> listeners, ILogger<RoutingNotifierFanOut> logger) : IRoutingNotifier
{
    /// <summary>The service key the listeners are registered under.</summary>
    public const string Key = "routing-listeners";

    private readonly IRoutingNotifier[] listeners = [.. listeners];

    public Task OfferAsync(RoutingOffer offer, CancellationToken cancellationToken) =>
        EachAsync(l => l.OfferAsync(offer, cancellationToken));

    public Task WithdrawAsync(RoutingOffer offer, CancellationToken cancellationToken) =>
        EachAsync(l => l.WithdrawAsync(offer, cancellationToken));

    public Task PresenceAsync(PresenceState presence, CancellationToken cancellationToken) =>
        EachAsync(l => l.PresenceAsync(presence, cancellationToken));

    private async Task EachAsync(Func<IRoutingNotifier, Task> notify)
    {
        foreach (var listener in listeners)
        {
            try
            {
                await notify(listener);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Routing listener {Listener} failed", listener.GetType().Name);
            }
        }
    }
}
