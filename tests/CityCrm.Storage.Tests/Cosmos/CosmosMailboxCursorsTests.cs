using CityCrm.Conversations.Mail;
using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Cosmos.Mail;
using CityCrm.Storage.Tests.Mail;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>The mailbox cursor contract on Cosmos DB.</summary>
public sealed class CosmosMailboxCursorsTests : MailboxCursorsContract
{
    private CosmosStorage? storage;

    protected override async Task<IMailboxCursors> CreateStoreAsync()
    {
        storage = await CosmosTestStorage.CreateAsync(CosmosMailboxCursors.Container);
        return new CosmosMailboxCursors(storage);
    }

    protected override Task DisposeStoreAsync() => CosmosTestStorage.DisposeAsync(storage);
}
