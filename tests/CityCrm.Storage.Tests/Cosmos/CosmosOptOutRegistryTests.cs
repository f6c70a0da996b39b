using CityCrm.Conversations.Contacts;
using CityCrm.Storage.Cosmos.Conversations;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>The opt-out contract on Cosmos DB, over a new database per test.</summary>
public sealed class CosmosOptOutRegistryTests : OptOutRegistryContract
{
    private readonly CosmosDeliveryStores stores = new();

    protected override Task<DeliveryStores> CreateStoreAsync() => stores.CreateAsync();

    protected override Task<IReadOnlyList<ConsentChange>> HistoryAsync(string channelId, string address) =>
        ((CosmosOptOutRegistry)Store.OptOuts).GetHistoryAsync(channelId, address, CancellationToken.None);

    protected override Task DisposeStoreAsync() => stores.DisposeAsync().AsTask();
}
