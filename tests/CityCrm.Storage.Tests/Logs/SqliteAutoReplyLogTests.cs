using CityCrm.Conversations.Mail;
using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Sqlite;

namespace CityCrm.Storage.Tests.Logs;

/// <summary>The automatic reply log contract over a fresh SQLite file per test.</summary>
public sealed class SqliteAutoReplyLogTests : AutoReplyLogContract
{
    private TempSqliteDatabase? temp;

    protected override async Task<IAutoReplyLog> CreateStoreAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        return new SqliteAutoReplyLog(temp.Database);
    }

    protected override async Task DisposeStoreAsync()
    {
        if (temp is not null)
            await temp.DisposeAsync();
    }
}
