using CityCrm.Conversations.Portal;
using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Sqlite;

/// <summary>The portal sign-in code contract over a fresh SQLite file per test.</summary>
public sealed class SqliteResidentCodeStoreTests : ResidentCodeStoreContract
{
    private TempSqliteDatabase? temp;

    protected override async Task<IResidentCodeStore> CreateStoreAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        return new SqliteResidentCodeStore(temp.Database);
    }

    protected override async Task DisposeStoreAsync()
    {
        if (temp is not null)
            await temp.DisposeAsync();
    }
}
