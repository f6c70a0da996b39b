using CityCrm.Knowledge.Insights;
using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Cosmos.Logs;
using CityCrm.Storage.Tests.Insights;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>The answer log contract on Cosmos DB.</summary>
public sealed class CosmosAnswerLogTests : AnswerLogContract
{
    private CosmosStorage? storage;

    protected override async Task<IAnswerLog> CreateStoreAsync()
    {
        storage = await CosmosTestStorage.CreateAsync(CosmosAnswerLog.Container);
        return new CosmosAnswerLog(storage);
    }

    protected override Task DisposeStoreAsync() => CosmosTestStorage.DisposeAsync(storage);
}
