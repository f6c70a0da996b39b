using CityCrm.Conversations.Agents;
using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Sqlite;

/// <summary>The staff account contract over a fresh SQLite file per test.</summary>
public sealed class SqliteAgentAccountStoreTests : AgentAccountStoreContract
{
    private TempSqliteDatabase? temp;

    protected override async Task<IAgentAccountStore> CreateStoreAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        return new SqliteAgentAccountStore(temp.Database, TimeProvider.System);
    }

    protected override async Task DisposeStoreAsync()
    {
        if (temp is not null)
            await temp.DisposeAsync();
    }
}
