using System.Net;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using CityCrm.Open311.Tests.Support;
using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Sqlite;

namespace CityCrm.Open311.Tests;

/// <summary>With <c>Storage:Provider=Cosmos</c> the host keeps cases and request tokens in Cosmos DB, not in its SQLite file.</summary>
public sealed class CosmosStoreTests(CosmosOpen311AppFactory factory) : IClassFixture<CosmosOpen311AppFactory>
{
    [Fact]
    public async Task PostRequest_CosmosChosen_CaseLivesInCosmosAndReadsBackThroughOpen311()
    {
        var client = factory.CreateClient();
        var (reference, token) = await Open311Calls.CreateAsync(client, Open311Calls.ValidPothole("cosmos@example.org"));

        var fetched = await Open311Calls.JsonAsync(client, $"/open311/v2/requests/{reference}.json");
        await using var other = factory.SecondClient(CosmosCaseStore.Container, CosmosCounter.Container, CosmosRequestTokenStore.Container);
        var inCosmos = await new CosmosCaseStore(other).GetByReferenceAsync(reference, CancellationToken.None);
        var tokenInCosmos = await new CosmosRequestTokenStore(other).FindAsync(token, CancellationToken.None);
        var inSqlite = await new SqliteCaseStore(new SqliteDatabase(Path.Combine(factory.DataDirectory, "citycrm.db")), TimeProvider.System)
            .GetByReferenceAsync(reference, CancellationToken.None);

        Assert.Equal(reference, fetched.AsArray().Single()!["service_request_id"]!.GetValue<string>());
        Assert.NotNull(inCosmos);
        Assert.Equal("Deep pothole in the right lane.", inCosmos.Description);
        Assert.Equal(reference, tokenInCosmos?.Reference);
        Assert.Null(inSqlite);
    }

    [Fact]
    public async Task HealthReady_CosmosChosen_ChecksCosmosAndIsReady()
    {
        var response = await factory.CreateClient().GetAsync("/health/ready");
        var report = await factory.Get<HealthCheckService>().CheckHealthAsync(c => c.Tags.Contains("ready"), CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HealthStatus.Healthy, report.Entries["cosmos"].Status);
    }
}
