using CityCrm.Conversations.Mail;
using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Mail;

namespace CityCrm.Storage.Tests.Sqlite;

/// <summary>The bouncing address contract over a fresh SQLite file per test.</summary>
public sealed class SqliteMailAddressHealthTests : MailAddressHealthContract
{
    private TempSqliteDatabase? temp;

    protected override async Task<IMailAddressHealth> CreateStoreAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        return new SqliteMailAddressHealth(temp.Database);
    }

    protected override async Task DisposeStoreAsync()
    {
        if (temp is not null)
            await temp.DisposeAsync();
    }
}
