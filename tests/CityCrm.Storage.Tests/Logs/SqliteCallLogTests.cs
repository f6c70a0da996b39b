using CityCrm.Conversations.Calls;
using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Sqlite;

namespace CityCrm.Storage.Tests.Logs;

/// <summary>The call log contract over a fresh SQLite file per test.</summary>
public sealed class SqliteCallLogTests : CallLogContract
{
    private TempSqliteDatabase? temp;

    protected override async Task<ICallLog> CreateStoreAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        return new SqliteCallLog(temp.Database);
    }

    protected override async Task DisposeStoreAsync()
    {
        if (temp is not null)
            await temp.DisposeAsync();
    }
}
