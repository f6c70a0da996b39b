using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Sqlite;

/// <summary>The contact profile, consent and duplicate-key contract over a fresh SQLite file per test.</summary>
public sealed class SqliteContactStoreTests : ContactStoreContract
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
