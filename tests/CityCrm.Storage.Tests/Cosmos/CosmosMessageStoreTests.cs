using CityCrm.Conversations.Model;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>The transcript contract on Cosmos DB, over a new database per test.</summary>
public sealed class CosmosMessageStoreTests : MessageStoreContract
{
    private readonly CosmosDeliveryStores stores = new();

    protected override Task<IConversationStore> CreateStoreAsync() => stores.CreateConversationsAsync();

    protected override Task DisposeStoreAsync() => stores.DisposeAsync().AsTask();
}
