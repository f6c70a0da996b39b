using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Cosmos.Surveys;
using CityCrm.Storage.Cosmos.Contacts;
using CityCrm.Storage.Cosmos.Conversations;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>
/// The survey store contract on Cosmos DB, with the cases it scans, the contacts and their profiles (read for tagged
/// audiences through <see cref="CosmosTaggedContacts"/>) on Cosmos too.
/// </summary>
public sealed class CosmosSurveyStoreTests : SurveyStoreContract
{
    private CosmosStorage? storage;

    protected override async Task<SurveyStores> CreateStoreAsync()
    {
        storage = await CosmosTestStorage.CreateAsync(
            [CosmosSurveyStore.Container, CosmosCaseStore.Container, CosmosCounter.Container, .. CosmosConversationStore.Containers, .. CosmosContactProfileStore.Containers]);
        return new SurveyStores(new CosmosSurveyStore(storage, new CosmosTaggedContacts(storage)), new CosmosCaseStore(storage),
            new CosmosConversationStore(storage, TimeProvider.System), new CosmosContactProfileStore(storage));
    }

    protected override Task DisposeStoreAsync() => CosmosTestStorage.DisposeAsync(storage);
}
