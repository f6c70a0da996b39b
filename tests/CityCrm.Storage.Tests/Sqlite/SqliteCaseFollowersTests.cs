using CityCrm.CaseCore.Duplicates;
using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Sqlite;

/// <summary>The case followers contract over a fresh SQLite file per test.</summary>
public sealed class SqliteCaseFollowersTests : CaseFollowersContract
{
    private TempSqliteDatabase? temp;

    protected override async Task<ICaseFollowers> CreateStoreAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        return new SqliteCaseFollowers(temp.Database);
    }

    protected override async Task DisposeStoreAsync()
    {
        if (temp is not null)
            await temp.DisposeAsync();
    }
}
