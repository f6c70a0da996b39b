using CityCrm.Conversations.Mail;
using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Cosmos.Mail;
using CityCrm.Storage.Tests.Mail;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>The bouncing address contract on Cosmos DB.</summary>
public sealed class CosmosMailAddressHealthTests : MailAddressHealthContract
{
    private CosmosStorage? storage;

    protected override async Task<IMailAddressHealth> CreateStoreAsync()
    {
        storage = await CosmosTestStorage.CreateAsync(CosmosMailAddressHealth.Container);
        return new CosmosMailAddressHealth(storage);
    }

    protected override Task DisposeStoreAsync() => CosmosTestStorage.DisposeAsync(storage);
}
