using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Cosmos.Outreach;
using CityCrm.Storage.Cosmos.Contacts;
using CityCrm.Storage.Cosmos.Conversations;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>
/// The segment and broadcast contract on Cosmos DB, with the contacts, profiles, consents and identities (the audience,
/// read through <see cref="CosmosOutreachAudience"/>) and the messages on Cosmos too.
/// </summary>
public sealed class CosmosOutreachStoreTests : OutreachStoreContract
{
    private CosmosStorage? storage;

    protected override async Task<OutreachStores> CreateStoreAsync()
    {
        storage = await CosmosTestStorage.CreateAsync(
            [CosmosSegmentStore.Container, .. CosmosConversationStore.Containers, .. CosmosContactProfileStore.Containers, CosmosContactConsentStore.Container]);
        var conversations = new CosmosConversationStore(storage, TimeProvider.System);
        return new OutreachStores(conversations, new CosmosContactProfileStore(storage), new CosmosContactConsentStore(storage),
            new CosmosSegmentStore(storage, new CosmosOutreachAudience(storage)), new CosmosBroadcastStore(storage, conversations));
    }

    protected override Task DisposeStoreAsync() => CosmosTestStorage.DisposeAsync(storage);
}
