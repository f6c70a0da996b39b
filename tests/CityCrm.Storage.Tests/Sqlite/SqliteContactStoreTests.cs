using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Sqlite;

/// <summary>The contact profile, consent and merge contract over a fresh SQLite file per test.</summary>
public sealed class SqliteContactStoreTests : ContactStoreContract
{
    private TempSqliteDatabase? temp;

    protected override async Task<ContactStores> CreateStoreAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        var database = temp.Database;
        return new ContactStores(
            new SqliteConversationStore(database, TimeProvider.System),
            new SqliteContactProfileStore(database),
            new SqliteContactConsentStore(database),
            new SqliteContactMergeStore(database));
    }

    protected override async Task DisposeStoreAsync()
    {
        if (temp is not null)
            await temp.DisposeAsync();
    }
}
