using CityCrm.Knowledge.Insights;
using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Sqlite;

namespace CityCrm.Storage.Tests.Insights;

/// <summary>The answer log contract over a fresh SQLite file per test.</summary>
public sealed class SqliteAnswerLogTests : AnswerLogContract
{
    private TempSqliteDatabase? temp;

    protected override async Task<IAnswerLog> CreateStoreAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        return new SqliteAnswerLog(temp.Database);
    }

    protected override async Task DisposeStoreAsync()
    {
        if (temp is not null)
            await temp.DisposeAsync();
    }
}
