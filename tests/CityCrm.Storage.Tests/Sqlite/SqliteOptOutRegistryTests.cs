using CityCrm.Conversations.Contacts;
using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Sqlite;

/// <summary>The opt-out contract over a fresh SQLite file per test.</summary>
public sealed class SqliteOptOutRegistryTests : OptOutRegistryContract
{
    private TempSqliteDatabase? temp;

    protected override async Task<DeliveryStores> CreateStoreAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        return SqliteDeliveryStores.Over(temp.Database);
    }

    protected override Task<IReadOnlyList<ConsentChange>> HistoryAsync(string channelId, string address) =>
        ((SqliteOptOutRegistry)Store.OptOuts).GetHistoryAsync(channelId, address, CancellationToken.None);

    protected override async Task DisposeStoreAsync()
    {
        if (temp is not null)
            await temp.DisposeAsync();
    }
}
