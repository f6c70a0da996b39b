using CityCrm.Knowledge.Editorial;
using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Sqlite;

/// <summary>The editorial history contract over a fresh SQLite file per test.</summary>
public sealed class SqliteEditorialStoreTests : EditorialStoreContract
{
    private TempSqliteDatabase? temp;

    protected override async Task<IEditorialStore> CreateStoreAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        return new SqliteEditorialStore(temp.Database);
    }

    protected override async Task DisposeStoreAsync()
    {
        if (temp is not null)
            await temp.DisposeAsync();
    }
}
