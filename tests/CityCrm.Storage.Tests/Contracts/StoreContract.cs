namespace CityCrm.Storage.Tests.Contracts;

/// <summary>
/// The base of every store contract suite: each test gets a fresh, empty store from
/// <see cref="CreateStoreAsync"/> and disposes it afterwards, so an implementation (SQLite, Cosmos DB)
/// only provides the factory and runs the very same tests.
/// </summary>
public abstract class StoreContract<TStore> : IAsyncLifetime
    where TStore : class
{
    private TStore? store;

    protected TStore Store => store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    protected static CancellationToken None => CancellationToken.None;

    /// <summary>A new store over empty storage, owned by the current test.</summary>
    protected abstract Task<TStore> CreateStoreAsync();

    /// <summary>Releases what <see cref="CreateStoreAsync"/> made (files, containers).</summary>
    protected abstract Task DisposeStoreAsync();

    public async Task InitializeAsync() => store = await CreateStoreAsync();

    public Task DisposeAsync() => DisposeStoreAsync();
}
