using CityCrm.Conversations.Leases;

namespace CityCrm.Storage.Tests.Leases;

/// <summary>A node's view of the lease store that can be cut off, as when the node loses its network or hangs.</summary>
public sealed class FailingLeaseStore(ILeaseStore inner) : ILeaseStore
{
    public bool CutOff { get; set; }

    public Task<Lease?> TryAcquireAsync(string name, string owner, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken) =>
        CutOff ? throw new IOException("store unreachable") : inner.TryAcquireAsync(name, owner, now, duration, cancellationToken);

    public Task<Lease?> RenewAsync(Lease lease, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken) =>
        CutOff ? throw new IOException("store unreachable") : inner.RenewAsync(lease, now, duration, cancellationToken);

    public Task<bool> ReleaseAsync(Lease lease, CancellationToken cancellationToken) =>
        CutOff ? throw new IOException("store unreachable") : inner.ReleaseAsync(lease, cancellationToken);

    public Task<Lease?> GetAsync(string name, CancellationToken cancellationToken) => inner.GetAsync(name, cancellationToken);
}
