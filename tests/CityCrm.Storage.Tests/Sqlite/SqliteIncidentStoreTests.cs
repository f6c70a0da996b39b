using CityCrm.CaseCore.Incidents;
using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Sqlite;

/// <summary>The incident contract over a fresh SQLite file per test.</summary>
public sealed class SqliteIncidentStoreTests : IncidentStoreContract
{
    private TempSqliteDatabase? temp;

    protected override async Task<IIncidentStore> CreateStoreAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        return new SqliteIncidentStore(temp.Database);
    }

    protected override async Task DisposeStoreAsync()
    {
        if (temp is not null)
            await temp.DisposeAsync();
    }
}
