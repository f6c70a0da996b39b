using CityCrm.Conversations.Audit;
using CityCrm.Storage.Cosmos;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>The test server behaves as Cosmos DB does where the stores depend on it.</summary>
public sealed class CosmosTestServerTests
{
    private static readonly AuditRecord Record = new(DateTimeOffset.UnixEpoch, "agent:ana", "contact.read", "conv-1", null, null, 0);

    [Fact]
    public async Task SinglePartitionQuery_InEveryOfSixtyFourNewDatabases_Succeeds()
    {
        // Every 64th database gets a resource id whose base64 holds '/', and the SDK reads a container's partition key
        // ranges by resource id: a server that routed such a path wrongly fails the query with "stale cache".
        for (var i = 0; i < 64; i++)
        {
            var storage = await CosmosTestStorage.CreateAsync(CosmosAuditLog.Container);
            try
            {
                var log = new CosmosAuditLog(storage);
                await log.WriteAsync(Record, CancellationToken.None);
                Assert.Single(await log.ListAsync("conv-1", 10, CancellationToken.None));
            }
            finally
            {
                await CosmosTestStorage.DisposeAsync(storage);
            }
        }
    }
}
