using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Sqlite;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>
/// A Cosmos database and a SQLite file side by side, for Cosmos stores whose contract also needs stores that have no
/// Cosmos implementation yet (contacts, profiles, consents).
/// </summary>
public sealed class CosmosBesideSqlite : IAsyncDisposable
{
    private readonly TempSqliteDatabase temp;

    private CosmosBesideSqlite(CosmosStorage cosmos, TempSqliteDatabase temp)
    {
        Cosmos = cosmos;
        this.temp = temp;
    }

    public CosmosStorage Cosmos { get; }

    public SqliteDatabase Sqlite => temp.Database;

    public static async Task<CosmosBesideSqlite> CreateAsync(params CosmosContainerSpec[] containers) =>
        new(await CosmosTestStorage.CreateAsync(containers), await TempSqliteDatabase.CreateAsync());

    public async ValueTask DisposeAsync()
    {
        await CosmosTestStorage.DisposeAsync(Cosmos);
        await temp.DisposeAsync();
    }
}
