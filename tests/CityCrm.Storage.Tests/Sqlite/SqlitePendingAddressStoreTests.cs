using CityCrm.Conversations.Portal;
using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Sqlite;

/// <summary>The unconfirmed-address contract over a fresh SQLite file per test.</summary>
public sealed class SqlitePendingAddressStoreTests : PendingAddressStoreContract
{
    private TempSqliteDatabase? temp;

    protected override async Task<IPendingAddressStore> CreateStoreAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        return new SqlitePendingAddressStore(temp.Database);
    }

    protected override async Task DisposeStoreAsync()
    {
        if (temp is not null)
            await temp.DisposeAsync();
    }
}
