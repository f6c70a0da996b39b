namespace CityCrm.Conversations.Leases;

/// <summary>
/// Leases within one process: what a host without a shared store (tests over in-memory stores) uses, where every
/// lease is granted to its one node at once.
/// </summary>
public sealed class InMemoryLeaseStore : ILeaseStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Lease> leases = new(StringComparer.Ordinal);

    public Task<Lease?> TryAcquireAsync(string name, string owner, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        lock (gate)
        {
            if (!leases.TryGetValue(name, out var current))
                return Task.FromResult<Lease?>(leases[name] = new Lease(name, owner, now + duration, 1));
            var held = current.Owner == owner && current.ExpiresAt > now;
            if (current.Owner != owner && current.ExpiresAt > now)
                return Task.FromResult<Lease?>(null);
            return Task.FromResult<Lease?>(leases[name] = new Lease(name, owner, now + duration, held ? current.Fence : current.Fence + 1));
        }
    }

    public Task<Lease?> RenewAsync(Lease lease, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        lock (gate)
        {
            if (!Holds(lease))
                return Task.FromResult<Lease?>(null);
            return Task.FromResult<Lease?>(leases[lease.Name] = lease with { ExpiresAt = now + duration });
        }
    }

    public Task<bool> ReleaseAsync(Lease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        lock (gate)
        {
            if (!Holds(lease))
                return Task.FromResult(false);
            leases[lease.Name] = lease with { Owner = "", ExpiresAt = DateTimeOffset.MinValue };
            return Task.FromResult(true);
        }
    }

    public Task<Lease?> GetAsync(string name, CancellationToken cancellationToken)
    {
        lock (gate)
            return Task.FromResult(leases.GetValueOrDefault(name));
    }

    private bool Holds(Lease lease) =>
        leases.TryGetValue(lease.Name, out var current) && current.Owner == lease.Owner && current.Fence == lease.Fence && lease.Owner.Length > 0;
}
