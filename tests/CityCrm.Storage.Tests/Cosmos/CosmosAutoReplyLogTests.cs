using CityCrm.Conversations.Mail;
using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Cosmos.Logs;
using CityCrm.Storage.Tests.Logs;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>The automatic reply log contract on Cosmos DB.</summary>
public sealed class CosmosAutoReplyLogTests : AutoReplyLogContract
{
    private CosmosStorage? storage;

    protected override async Task<IAutoReplyLog> CreateStoreAsync()
    {
        storage = await CosmosTestStorage.CreateAsync(CosmosAutoReplyLog.Container);
        return new CosmosAutoReplyLog(storage);
    }

    protected override Task DisposeStoreAsync() => CosmosTestStorage.DisposeAsync(storage);
}
