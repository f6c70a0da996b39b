using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Cosmos.Contacts;
using CityCrm.Storage.Cosmos.Conversations;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>The Cosmos stores the contact contracts use, over one new database.</summary>
internal static class CosmosContactStores
{
    public static async Task<(CosmosStorage Storage, ContactStores Stores)> CreateAsync()
    {
        var storage = await CosmosTestStorage.CreateAsync(
            [.. CosmosConversationStore.Containers, .. CosmosContactMergeStore.Containers, CosmosCounter.Container]);
        return (storage, new ContactStores(
            new CosmosConversationStore(storage, TimeProvider.System),
            new CosmosContactProfileStore(storage),
            new CosmosContactConsentStore(storage),
            new CosmosContactMergeStore(storage),
            new CosmosCaseStore(storage)));
    }
}
