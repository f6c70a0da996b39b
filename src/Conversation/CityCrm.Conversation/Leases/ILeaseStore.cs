namespace CityCrm.Conversations.Leases;

/// <summary>
/// Named leases shared by every node over one store, so work that must run once in the cluster runs on one node at a
/// time. The model is optimistic concurrency on one record per name (a version or ETag), with the callers' clocks
/// passed in: no locks held, no server-side time.
/// </summary>
public interface ILeaseStore
{
    /// <summary>
    /// Takes the lease for <paramref name="owner"/> until <paramref name="now"/> + <paramref name="duration"/> when it is
    /// free, released, expired at <paramref name="now"/>, or already this owner's (then its fence stays). Returns the
    /// lease held, or null when another owner holds it (or won the race for it).
    /// </summary>
    Task<Lease?> TryAcquireAsync(string name, string owner, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>
    /// Extends a held lease to <paramref name="now"/> + <paramref name="duration"/>. Returns null when the lease has
    /// changed hands since (another owner or fence): the caller lost it and must stop the guarded work.
    /// </summary>
    Task<Lease?> RenewAsync(Lease lease, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Gives a held lease back so another node can take it at once; false when it had already changed hands.</summary>
    Task<bool> ReleaseAsync(Lease lease, CancellationToken cancellationToken);

    /// <summary>The lease's current record, or null when it was never taken.</summary>
    Task<Lease?> GetAsync(string name, CancellationToken cancellationToken);
}
