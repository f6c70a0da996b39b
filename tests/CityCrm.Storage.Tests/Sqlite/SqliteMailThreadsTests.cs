using CityCrm.Conversations.Mail;
using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Mail;

namespace CityCrm.Storage.Tests.Sqlite;

/// <summary>The mail thread contract over a fresh SQLite file per test.</summary>
public sealed class SqliteMailThreadsTests : MailThreadsContract
{
    private TempSqliteDatabase? temp;

    protected override async Task<IMailThreads> CreateStoreAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        return new SqliteMailThreads(temp.Database);
    }

    protected override async Task DisposeStoreAsync()
    {
        if (temp is not null)
            await temp.DisposeAsync();
    }
}
