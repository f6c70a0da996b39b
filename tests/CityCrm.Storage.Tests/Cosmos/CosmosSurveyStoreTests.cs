using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Cosmos.Surveys;
using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>
/// The survey store contract on Cosmos DB, with the cases it scans on Cosmos too. Contacts and their profiles (read
/// for tagged audiences through <see cref="CityCrm.Conversations.Surveys.ITaggedContacts"/>) stay in SQLite here.
/// </summary>
public sealed class CosmosSurveyStoreTests : SurveyStoreContract
{
    private CosmosBesideSqlite? both;

    protected override async Task<SurveyStores> CreateStoreAsync()
    {
        both = await CosmosBesideSqlite.CreateAsync(CosmosSurveyStore.Container, CosmosCaseStore.Container, CosmosCounter.Container);
        return new SurveyStores(new CosmosSurveyStore(both.Cosmos, new SqliteTaggedContacts(both.Sqlite)), new CosmosCaseStore(both.Cosmos),
            new SqliteConversationStore(both.Sqlite, TimeProvider.System), new SqliteContactProfileStore(both.Sqlite));
    }

    protected override async Task DisposeStoreAsync()
    {
        if (both is not null)
            await both.DisposeAsync();
    }
}
