using CityCrm.Conversations.Audit;
using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Sqlite;

/// <summary>The audit log contract on the embedded SQLite store.</summary>
public sealed class SqliteAuditLogTests : AuditLogContract
{
    private TempSqliteDatabase? temp;

    protected override async Task<IAuditLog> CreateStoreAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        return new SqliteAuditLog(temp.Database);
    }

    protected override async Task DisposeStoreAsync()
    {
        if (temp is not null)
            await temp.DisposeAsync();
    }
}
