using CityCrm.Conversations.Mail;
using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Mail;

namespace CityCrm.Storage.Tests.Sqlite;

/// <summary>The mailbox cursor contract over a fresh SQLite file per test.</summary>
public sealed class SqliteMailboxCursorsTests : MailboxCursorsContract
{
    private TempSqliteDatabase? temp;

    protected override async Task<IMailboxCursors> CreateStoreAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        return new SqliteMailboxCursors(temp.Database);
    }

    protected override async Task DisposeStoreAsync()
    {
        if (temp is not null)
            await temp.DisposeAsync();
    }
}
