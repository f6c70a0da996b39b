using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Cosmos.Surveys;
using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Contracts;
using CityCrm.Storage.Tests.Sqlite;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>
/// The survey store contract on Cosmos DB, with the cases it scans on Cosmos too. Contacts and their profiles (read
/// for tagged audiences through <see cref="CityCrm.Conversations.Surveys.ITaggedContacts"/>) stay in SQLite here.
/// </summary>
public sealed class CosmosSurveyStoreTests : SurveyStoreContract
{
    private CosmosStorage? storage;
    private TempSqliteDatabase? temp;

    protected override async Task<SurveyStores> CreateStoreAsync()
    {
        storage = await CosmosTestStorage.CreateAsync(CosmosSurveyStore.Container, CosmosCaseStore.Container, CosmosCounter.Container);
        temp = await TempSqliteDatabase.CreateAsync();
        var database = temp.Database;
        return new SurveyStores(new CosmosSurveyStore(storage, new SqliteTaggedContacts(database)), new CosmosCaseStore(storage),
            new SqliteConversationStore(database, TimeProvider.System), new SqliteContactProfileStore(database));
    }

    protected override async Task DisposeStoreAsync()
    {
        await CosmosTestStorage.DisposeAsync(storage);
        if (temp is not null)
            await temp.DisposeAsync();
    }
}
