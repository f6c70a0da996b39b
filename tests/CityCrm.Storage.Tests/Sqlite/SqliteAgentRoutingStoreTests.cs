using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Sqlite;

/// <summary>The routing contract over a fresh SQLite file per test.</summary>
public sealed class SqliteAgentRoutingStoreTests : AgentRoutingStoreContract
{
    private TempSqliteDatabase? temp;

    protected override async Task<RoutingStores> CreateStoreAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        return new RoutingStores(
            new SqliteAgentRoutingStore(temp.Database, TimeProvider.System),
            new SqliteAgentAccountStore(temp.Database, TimeProvider.System),
            new SqliteConversationStore(temp.Database, TimeProvider.System));
    }

    protected override async Task DisposeStoreAsync()
    {
        if (temp is not null)
            await temp.DisposeAsync();
    }
}
