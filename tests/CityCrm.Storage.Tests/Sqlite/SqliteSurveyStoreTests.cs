using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Sqlite;

/// <summary>The survey store contract over a fresh SQLite file per test.</summary>
public sealed class SqliteSurveyStoreTests : SurveyStoreContract
{
    private TempSqliteDatabase? temp;

    protected override async Task<SurveyStores> CreateStoreAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        var database = temp.Database;
        return new SurveyStores(new SqliteSurveyStore(database), new SqliteCaseStore(database, TimeProvider.System),
            new SqliteConversationStore(database, TimeProvider.System), new SqliteContactProfileStore(database));
    }

    protected override async Task DisposeStoreAsync()
    {
        if (temp is not null)
            await temp.DisposeAsync();
    }
}
