using CityCrm.Storage.Cosmos;
using CityCrm.Testing;
using Microsoft.Extensions.Options;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>A Cosmos storage over its own new database on the shared test server, deleted on dispose.</summary>
public static class CosmosTestStorage
{
    /// <summary>Options pointing at the test server, with a database no other test uses.</summary>
    public static async Task<CosmosStoreOptions> OptionsAsync() => new()
    {
        Endpoint = await CosmosTestServer.EndpointAsync(),
        Key = CosmosTestServer.Key,
        Database = "t" + Guid.NewGuid().ToString("N"),
        LimitToEndpoint = true,
        AcceptAnyServerCertificate = true,
        MaxThrottleWait = TimeSpan.FromSeconds(5),
        TransientBackoff = TimeSpan.FromMilliseconds(10),
    };

    /// <summary>Initialized storage declaring <paramref name="containers"/>.</summary>
    public static async Task<CosmosStorage> CreateAsync(params CosmosContainerSpec[] containers) =>
        await CreateAsync(await OptionsAsync(), containers);

    public static async Task<CosmosStorage> CreateAsync(CosmosStoreOptions options, params CosmosContainerSpec[] containers)
    {
        var storage = new CosmosStorage(Options.Create(options), containers);
        await storage.InitializeAsync(CancellationToken.None);
        return storage;
    }

    /// <summary>Deletes the database and releases the client.</summary>
    public static async Task DisposeAsync(CosmosStorage? storage)
    {
        if (storage is null)
            return;
        await storage.DeleteDatabaseAsync(CancellationToken.None);
        await storage.DisposeAsync();
    }
}
