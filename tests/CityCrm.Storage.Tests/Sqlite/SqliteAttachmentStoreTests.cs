using CityCrm.Conversations.Attachments;
using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Mail;

namespace CityCrm.Storage.Tests.Sqlite;

/// <summary>The attachment contract over a fresh SQLite file per test.</summary>
public sealed class SqliteAttachmentStoreTests : AttachmentStoreContract
{
    private TempSqliteDatabase? temp;

    protected override async Task<IAttachmentStore> CreateStoreAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        return new SqliteAttachmentStore(temp.Database, TimeProvider.System);
    }

    protected override async Task DisposeStoreAsync()
    {
        if (temp is not null)
            await temp.DisposeAsync();
    }
}
