using CityCrm.Conversations.Leases;

namespace CityCrm.Storage.Cosmos;

/// <summary>
/// Named leases in container <c>leases</c>, one document per lease partitioned by its name: taking, renewing and
/// releasing are an ETag-guarded replace (or an idempotent create for a lease never taken), so of two nodes racing
/// for a free lease exactly one gets it, and a holder that lost it finds out at its next renewal by the fence.
/// </summary>
public sealed class CosmosLeaseStore(CosmosStorage storage) : ILeaseStore
{
    public static readonly CosmosContainerSpec Container = new("leases");

    private const string DocumentId = "lease";
    private readonly CosmosCollection leases = storage.Collection(Container.Name);

    public async Task<Lease?> TryAcquireAsync(string name, string owner, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        var pk = CosmosKeys.Escape(name);
        var stored = await leases.ReadAsync<LeaseDocument>(DocumentId, pk, cancellationToken);
        if (stored is null)
        {
            var first = new LeaseDocument(DocumentId, pk, new Lease(name, owner, now + duration, 1));
            return await leases.CreateAsync(first, pk, cancellationToken) ? first.Lease : null;
        }
        var held = stored.Document.Lease;
        var ownHeld = held.Owner == owner && held.ExpiresAt > now;
        if (held.Owner != owner && held.ExpiresAt > now)
            return null;
        // A new tenure (taken after it ran out, or from someone else) gets a new fence; the same holder keeps its own.
        var next = new Lease(name, owner, now + duration, ownHeld ? held.Fence : held.Fence + 1);
        return await leases.ReplaceAsync(stored.Document with { Lease = next }, DocumentId, pk, stored.ETag, cancellationToken) ? next : null;
    }

    public async Task<Lease?> RenewAsync(Lease lease, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        var next = lease with { ExpiresAt = now + duration };
        return await ReplaceIfStillHeldAsync(lease, next, cancellationToken) ? next : null;
    }

    public Task<bool> ReleaseAsync(Lease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return ReplaceIfStillHeldAsync(lease, lease with { Owner = "", ExpiresAt = DateTimeOffset.UnixEpoch }, cancellationToken);
    }

    public async Task<Lease?> GetAsync(string name, CancellationToken cancellationToken) =>
        (await leases.ReadAsync<LeaseDocument>(DocumentId, CosmosKeys.Escape(name), cancellationToken))?.Document.Lease;

    private async Task<bool> ReplaceIfStillHeldAsync(Lease held, Lease next, CancellationToken cancellationToken)
    {
        var pk = CosmosKeys.Escape(held.Name);
        var stored = await leases.ReadAsync<LeaseDocument>(DocumentId, pk, cancellationToken);
        var current = stored?.Document.Lease;
        if (current is null || current.Owner.Length == 0 || current.Owner != held.Owner || current.Fence != held.Fence)
            return false;
        return await leases.ReplaceAsync(stored!.Document with { Lease = next }, DocumentId, pk, stored.ETag, cancellationToken);
    }

    private sealed record LeaseDocument(string Id, string Pk, Lease Lease);
}
