using CityCrm.Conversations.Attachments;
using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Cosmos.Attachments;
using CityCrm.Storage.Tests.Mail;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>The attachment contract on Cosmos DB.</summary>
public sealed class CosmosAttachmentStoreTests : AttachmentStoreContract
{
    private CosmosStorage? storage;

    protected override async Task<IAttachmentStore> CreateStoreAsync()
    {
        storage = await CosmosTestStorage.CreateAsync(CosmosAttachmentStore.Container);
        return new CosmosAttachmentStore(storage, TimeProvider.System);
    }

    protected override Task DisposeStoreAsync() => CosmosTestStorage.DisposeAsync(storage);
}
