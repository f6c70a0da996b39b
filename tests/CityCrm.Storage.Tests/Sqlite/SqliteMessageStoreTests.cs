using CityCrm.Conversations.Model;
using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Sqlite;

/// <summary>The transcript contract over a fresh SQLite file per test.</summary>
public sealed class SqliteMessageStoreTests : MessageStoreContract
{
    private TempSqliteDatabase? temp;

    protected override async Task<IConversationStore> CreateStoreAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        return new SqliteConversationStore(temp.Database, TimeProvider.System);
    }

    protected override async Task DisposeStoreAsync()
    {
        if (temp is not null)
            await temp.DisposeAsync();
    }
}
