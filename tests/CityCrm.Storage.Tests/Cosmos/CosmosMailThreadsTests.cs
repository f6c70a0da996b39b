using CityCrm.Conversations.Mail;
using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Cosmos.Mail;
using CityCrm.Storage.Tests.Mail;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>The mail thread contract on Cosmos DB.</summary>
public sealed class CosmosMailThreadsTests : MailThreadsContract
{
    private CosmosStorage? storage;

    protected override async Task<IMailThreads> CreateStoreAsync()
    {
        storage = await CosmosTestStorage.CreateAsync(CosmosMailThreads.Container);
        return new CosmosMailThreads(storage);
    }

    protected override Task DisposeStoreAsync() => CosmosTestStorage.DisposeAsync(storage);
}
