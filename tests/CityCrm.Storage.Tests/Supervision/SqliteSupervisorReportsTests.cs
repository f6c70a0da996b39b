using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Sqlite;

namespace CityCrm.Storage.Tests.Supervision;

/// <summary>The supervisor reports contract over a fresh SQLite file per test.</summary>
public sealed class SqliteSupervisorReportsTests : SupervisorReportsContract
{
    private TempSqliteDatabase? temp;

    protected override async Task<SupervisorStores> CreateStoreAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        return new SupervisorStores(
            new SqliteSupervisorReports(temp.Database),
            new SqliteConversationStore(temp.Database, TimeProvider.System),
            new SqliteCaseStore(temp.Database, TimeProvider.System));
    }

    protected override async Task DisposeStoreAsync()
    {
        if (temp is not null)
            await temp.DisposeAsync();
    }
}
