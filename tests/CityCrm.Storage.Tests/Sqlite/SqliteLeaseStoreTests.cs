using CityCrm.Conversations.Leases;
using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Sqlite;

/// <summary>The lease contract over a fresh SQLite file per test.</summary>
public sealed class SqliteLeaseStoreTests : LeaseStoreContract
{
    private TempSqliteDatabase? temp;

    protected override async Task<ILeaseStore> CreateStoreAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        return new SqliteLeaseStore(temp.Database);
    }

    protected override async Task DisposeStoreAsync()
    {
        if (temp is not null)
            await temp.DisposeAsync();
    }
}
