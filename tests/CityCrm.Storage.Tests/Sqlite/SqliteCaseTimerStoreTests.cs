using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Sqlite;

/// <summary>The case timer contract on the embedded SQLite store; reopening opens the same file anew.</summary>
public sealed class SqliteCaseTimerStoreTests : CaseTimerStoreContract
{
    private TempSqliteDatabase? temp;

    protected override async Task<TimerStores> CreateStoreAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        var path = temp.Database.Path;
        return new TimerStores(new SqliteCaseStore(temp.Database, TimeProvider.System), new SqliteCaseTimerStore(temp.Database), () => new SqliteCaseTimerStore(new SqliteDatabase(path)));
    }

    protected override async Task DisposeStoreAsync()
    {
        if (temp is not null)
            await temp.DisposeAsync();
    }
}
