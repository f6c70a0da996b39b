using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>The OutboxAttempt store contract on Cosmos DB, over a new database per test.</summary>
public sealed class CosmosOutboxAttemptStoreTests : OutboxAttemptStoreContract
{
    private readonly CosmosDeliveryStores stores = new();

    protected override Task<DeliveryStores> CreateStoreAsync() => stores.CreateAsync();

    protected override Task DisposeStoreAsync() => stores.DisposeAsync().AsTask();
}
