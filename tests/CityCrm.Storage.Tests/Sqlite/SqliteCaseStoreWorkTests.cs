using CityCrm.CaseCore;
using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Sqlite;

/// <summary>The case work contract over a fresh SQLite file per test.</summary>
public sealed class SqliteCaseStoreWorkTests : CaseStoreWorkContract
{
    private TempSqliteDatabase? temp;

    protected override async Task<ICaseStore> CreateStoreAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        return new SqliteCaseStore(temp.Database, TimeProvider.System);
    }

    protected override async Task DisposeStoreAsync()
    {
        if (temp is not null)
            await temp.DisposeAsync();
    }
}
