using CityCrm.Conversations.Cases;
using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Cosmos.Cases;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>The conversation-to-case links contract on Cosmos DB, each test in its own database.</summary>
public sealed class CosmosConversationCaseLinksTests : ConversationCaseLinksContract
{
    private CosmosStorage? storage;

    protected override async Task<IConversationCaseLinks> CreateStoreAsync()
    {
        storage = await CosmosTestStorage.CreateAsync(CosmosConversationCaseLinks.Container);
        return new CosmosConversationCaseLinks(storage);
    }

    protected override Task DisposeStoreAsync() => CosmosTestStorage.DisposeAsync(storage);
}
