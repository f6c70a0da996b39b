using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Sqlite;

/// <summary>The segment and broadcast contract over a fresh SQLite file per test.</summary>
public sealed class SqliteOutreachStoreTests : OutreachStoreContract
{
    private TempSqliteDatabase? temp;

    protected override async Task<OutreachStores> CreateStoreAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        var database = temp.Database;
        return new OutreachStores(
            new SqliteConversationStore(database, TimeProvider.System),
            new SqliteContactProfileStore(database),
            new SqliteContactConsentStore(database),
            new SqliteSegmentStore(database),
            new SqliteBroadcastStore(database));
    }

    protected override async Task DisposeStoreAsync()
    {
        if (temp is not null)
            await temp.DisposeAsync();
    }
}
