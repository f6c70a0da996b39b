using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Sqlite;

/// <summary>The contact merge contract over a fresh SQLite file per test.</summary>
public sealed class SqliteContactMergeTests : ContactMergeContract
{
    private TempSqliteDatabase? temp;

    protected override async Task<ContactStores> CreateStoreAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        return SqliteContactStores.Over(temp);
    }

    protected override async Task DisposeStoreAsync()
    {
        if (temp is not null)
            await temp.DisposeAsync();
    }
}
