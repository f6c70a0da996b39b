using CityCrm.CaseCore;
using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Sqlite;

/// <summary>The request token contract on the embedded SQLite store.</summary>
public sealed class SqliteRequestTokenStoreTests : RequestTokenStoreContract
{
    private TempSqliteDatabase? temp;

    protected override async Task<IRequestTokenStore> CreateStoreAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        return new SqliteRequestTokenStore(temp.Database);
    }

    protected override async Task DisposeStoreAsync()
    {
        if (temp is not null)
            await temp.DisposeAsync();
    }
}
