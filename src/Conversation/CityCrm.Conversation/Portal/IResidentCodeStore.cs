namespace CityCrm.Conversations.Portal;

/// <summary>Portal sign-in codes: issued, tried, used once, and counted for the rate limits.</summary>
public interface IResidentCodeStore
{
    /// <summary>Stores a new request and returns its id.</summary>
    Task<long> AddAsync(ResidentCode code, CancellationToken cancellationToken);

    /// <summary>When each request for the address key was made after <paramref name="since"/> (not at it), oldest first.</summary>
    Task<IReadOnlyList<DateTimeOffset>> ListAddressRequestsAsync(string addressKey, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>When each request from the IP key was made after <paramref name="since"/> (not at it), oldest first.</summary>
    Task<IReadOnlyList<DateTimeOffset>> ListIpRequestsAsync(string ipKey, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>The newest request for the address key that carries a code (used or not), or null.</summary>
    Task<ResidentCode?> FindLatestCodeAsync(string addressKey, CancellationToken cancellationToken);

    /// <summary>Counts one more try against the code and returns the count, atomically.</summary>
    Task<int> RecordAttemptAsync(long id, CancellationToken cancellationToken);

    /// <summary>Marks the code used; false when it was used already (so two sign-ins racing get one session).</summary>
    Task<bool> MarkUsedAsync(long id, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Deletes requests created before <paramref name="before"/>; returns how many went.</summary>
    Task<int> DeleteOlderThanAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
