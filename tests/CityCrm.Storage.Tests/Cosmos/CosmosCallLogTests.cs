using CityCrm.Conversations.Calls;
using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Cosmos.Logs;
using CityCrm.Storage.Tests.Logs;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>The call log contract on Cosmos DB.</summary>
public sealed class CosmosCallLogTests : CallLogContract
{
    private CosmosStorage? storage;

    protected override async Task<ICallLog> CreateStoreAsync()
    {
        storage = await CosmosTestStorage.CreateAsync(CosmosCallLog.Container);
        return new CosmosCallLog(storage);
    }

    protected override Task DisposeStoreAsync() => CosmosTestStorage.DisposeAsync(storage);
}
