namespace CityCrm.Conversations.Supervision;

/// <summary>No satisfaction survey yet: never any answers.</summary>
public sealed class NoCsatSource : ICsatSource
{
    public Task<IReadOnlyList<CsatAnswer>> ListAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CsatAnswer>>([]);
}
