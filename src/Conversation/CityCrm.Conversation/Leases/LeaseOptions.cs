namespace CityCrm.Conversations.Leases;

/// <summary>The "Leases" section: who this node is and how long its leases last.</summary>
public sealed class LeaseOptions
{
    /// <summary>
    /// This node's name in the lease records. It must differ between nodes running at once and should stay the same
    /// across restarts of one node, so a node restarted after a crash takes its leases back at once. Defaults to the
    /// machine name.
    /// </summary>
    public string? Node { get; set; }

    /// <summary>How long a lease lasts without renewal: after a node dies, others take over within this time.</summary>
    public double DurationSeconds { get; set; } = 15;

    /// <summary>How often a held lease is renewed, and how often a node without it asks again.</summary>
    public double RenewSeconds { get; set; } = 5;

    /// <summary>
    /// When above zero, how often the holder of the outbox, broadcast and survey leases looks for work written by
    /// other nodes (whose local wake-up signals do not reach it). Zero (one node) relies on the local signals alone.
    /// </summary>
    public double WakeSeconds { get; set; }

    /// <summary>The node name in effect.</summary>
    public string NodeName => string.IsNullOrWhiteSpace(Node) ? Environment.MachineName : Node.Trim();

    public TimeSpan Duration => TimeSpan.FromSeconds(DurationSeconds);

    public TimeSpan Renew => TimeSpan.FromSeconds(RenewSeconds);
}
