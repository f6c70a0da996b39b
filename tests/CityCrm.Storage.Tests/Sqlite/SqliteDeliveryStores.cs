using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Sqlite;

/// <summary>The SQLite conversation, outbox and opt-out stores over one database, as the host wires them.</summary>
public static class SqliteDeliveryStores
{
    public static DeliveryStores Over(SqliteDatabase database) => new(
        new SqliteConversationStore(database, TimeProvider.System),
        new SqliteOutboxStore(database),
        new SqliteOptOutRegistry(database));
}
