using CityCrm.Knowledge;
using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Sqlite;

/// <summary>The article store contract on the embedded SQLite store.</summary>
public sealed class SqliteArticleStoreTests : ArticleStoreContract
{
    private TempSqliteDatabase? temp;

    protected override async Task<IArticleStore> CreateStoreAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        return new SqliteArticleStore(temp.Database, TimeProvider.System);
    }

    protected override async Task DisposeStoreAsync()
    {
        if (temp is not null)
            await temp.DisposeAsync();
    }
}
