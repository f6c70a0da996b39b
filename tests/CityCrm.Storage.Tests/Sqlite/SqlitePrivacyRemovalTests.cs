using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Sqlite;

/// <summary>The privacy contract (removals, erasure, scrubs, exports) over a fresh SQLite file per test.</summary>
public sealed class SqlitePrivacyRemovalTests : PrivacyRemovalContract
{
    private TempSqliteDatabase? temp;

    protected override async Task<PrivacyStores> CreateStoreAsync() => SqlitePrivacyStores.Over(temp = await TempSqliteDatabase.CreateAsync());

    protected override async Task DisposeStoreAsync()
    {
        if (temp is not null)
            await temp.DisposeAsync();
    }
}
