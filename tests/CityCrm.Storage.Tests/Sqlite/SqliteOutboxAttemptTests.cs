using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Sqlite;

/// <summary>The outbox attempt contract over a fresh SQLite file per test.</summary>
public sealed class SqliteOutboxAttemptTests : OutboxAttemptStoreContract
{
    private TempSqliteDatabase? temp;

    protected override async Task<DeliveryStores> CreateStoreAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        return SqliteDeliveryStores.Over(temp.Database);
    }

    protected override async Task DisposeStoreAsync()
    {
        if (temp is not null)
            await temp.DisposeAsync();
    }
}
