using CityCrm.Storage.Cosmos;
using CityCrm.Testing;

namespace CityCrm.Open311.Tests.Support;

/// <summary>The same host with <c>Storage:Provider=Cosmos</c>, on its own database on the Cosmos DB test server.</summary>
public sealed class CosmosOpen311AppFactory : Open311AppFactory
{
    public CosmosOpen311AppFactory()
    {
        Endpoint = CosmosTestServer.EndpointAsync().GetAwaiter().GetResult();
        Settings = new Dictionary<string, string>
        {
            [CosmosStorageExtensions.ProviderKey] = "Cosmos",
            ["Cosmos:Endpoint"] = Endpoint,
            ["Cosmos:Key"] = CosmosTestServer.Key,
            ["Cosmos:Database"] = Database,
            ["Cosmos:LimitToEndpoint"] = "true",
            ["Cosmos:AcceptAnyServerCertificate"] = "true",
        };
    }

    public string Endpoint { get; }

    public string Database { get; } = "open311" + Guid.NewGuid().ToString("N");

    protected override IReadOnlyDictionary<string, string> Settings { get; }

    /// <summary>A client of its own on the host's database, as another node would have.</summary>
    public CosmosStorage SecondClient(params CosmosContainerSpec[] containers) => new(
        Microsoft.Extensions.Options.Options.Create(new CosmosStoreOptions
        {
            Endpoint = Endpoint, Key = CosmosTestServer.Key, Database = Database, LimitToEndpoint = true, AcceptAnyServerCertificate = true,
        }), containers);
}
