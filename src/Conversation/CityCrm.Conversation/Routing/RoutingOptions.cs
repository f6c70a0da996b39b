namespace CityCrm.Conversations.Routing;

/// <summary>How handed-off conversations reach agents (configuration section "Routing").</summary>
public sealed class RoutingOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Routing";

    /// <summary>How long an agent has to accept an offer before it goes to the next agent.</summary>
    public TimeSpan OfferTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an agent who declined or let an offer lapse is passed over for that conversation.</summary>
    public TimeSpan DeclineCooldown { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long an agent whose last connection dropped stays away before they count as offline.</summary>
    public TimeSpan PresenceGrace { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The waiting-time target of a queue not listed in <see cref="Queues"/>.</summary>
    public TimeSpan DefaultSlaTarget { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Conversations an agent holds at once per channel type, unless their own skills say otherwise.</summary>
    public Dictionary<string, int> Capacity { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        [ChannelTypes.Chat] = 3,
        [ChannelTypes.Sms] = 3,
        [ChannelTypes.Email] = 5,
        [ChannelTypes.Phone] = 1,
    };

    /// <summary>The queues agents can transfer to, with their waiting-time targets.</summary>
    public List<QueueOptions> Queues { get; set; } = [];

    /// <summary>The wrap-up codes an agent picks from when resolving a conversation.</summary>
    public List<DispositionOption> Dispositions { get; set; } = [];

    /// <summary>The waiting-time target of <paramref name="queue"/>.</summary>
    public TimeSpan SlaTargetOf(string? queue) =>
        Queues.FirstOrDefault(q => string.Equals(q.Name, queue, StringComparison.OrdinalIgnoreCase))?.SlaTarget ?? DefaultSlaTarget;

    /// <summary>The configured disposition with this code, or null.</summary>
    public DispositionOption? FindDisposition(string? code) =>
        Dispositions.FirstOrDefault(d => string.Equals(d.Code, code, StringComparison.OrdinalIgnoreCase));
}
