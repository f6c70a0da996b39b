using System.Net;
using System.Text.Json;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;

namespace CityCrm.Storage.Cosmos;

/// <summary>
/// The one <see cref="CosmosClient"/> of the process (it is thread-safe and holds the connection pools), the
/// database, and the containers the registered stores declared. <see cref="InitializeAsync"/> creates what is missing.
/// </summary>
public sealed class CosmosStorage : IAsyncDisposable
{
    /// <summary>Documents are written camel-cased with System.Text.Json, so store documents need no attributes.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly CosmosStoreOptions options;
    private readonly IReadOnlyList<CosmosContainerSpec> specs;
    private readonly CosmosClient client;
    private readonly CosmosRetry retry;

    public CosmosStorage(IOptions<CosmosStoreOptions> options, IEnumerable<CosmosContainerSpec> specs)
    {
        this.options = options.Value;
        this.specs = specs.DistinctBy(s => s.Name).ToList();
        client = new CosmosClient(this.options.Endpoint, this.options.Key, ClientOptions(this.options));
        retry = new CosmosRetry(this.options);
    }

    /// <summary>The database id in use.</summary>
    public string DatabaseId => options.Database;

    /// <summary>The container <paramref name="name"/> (declared by a <see cref="CosmosContainerSpec"/>).</summary>
    public CosmosCollection Collection(string name) =>
        specs.Any(s => s.Name == name)
            ? new CosmosCollection(client.GetContainer(options.Database, name), retry)
            : throw new InvalidOperationException($"No store declared the Cosmos container '{name}'.");

    /// <summary>Creates the database and every declared container that does not exist yet.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var database = (await retry.RunAsync(ct => client.CreateDatabaseIfNotExistsAsync(options.Database, options.Throughput, cancellationToken: ct), cancellationToken)).Database;
        foreach (var spec in specs)
        {
            var properties = new ContainerProperties(spec.Name, spec.PartitionKeyPath) { DefaultTimeToLive = spec.DefaultTimeToLive };
            foreach (var index in spec.CompositeIndexes)
                properties.IndexingPolicy.CompositeIndexes.Add(new System.Collections.ObjectModel.Collection<CompositePath>([.. index.Select(CompositePathOf)]));
            await retry.RunAsync(ct => database.CreateContainerIfNotExistsAsync(properties, cancellationToken: ct), cancellationToken);
        }
    }

    /// <summary>Reads the database's properties: the readiness probe.</summary>
    public Task PingAsync(CancellationToken cancellationToken) =>
        retry.RunAsync(ct => client.GetDatabase(options.Database).ReadAsync(cancellationToken: ct), cancellationToken);

    /// <summary>Deletes the whole database: for tests that own theirs.</summary>
    public async Task DeleteDatabaseAsync(CancellationToken cancellationToken)
    {
        try
        {
            await client.GetDatabase(options.Database).DeleteAsync(cancellationToken: cancellationToken);
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
        }
    }

    public ValueTask DisposeAsync()
    {
        client.Dispose();
        return ValueTask.CompletedTask;
    }

    private static CosmosClientOptions ClientOptions(CosmosStoreOptions o)
    {
        if (string.IsNullOrWhiteSpace(o.Endpoint) || string.IsNullOrWhiteSpace(o.Key))
            throw new InvalidOperationException("Cosmos:Endpoint and Cosmos:Key are required when the Cosmos store is chosen.");
        var mode = o.ConnectionMode.Equals("Direct", StringComparison.OrdinalIgnoreCase) ? ConnectionMode.Direct
            : o.ConnectionMode.Equals("Gateway", StringComparison.OrdinalIgnoreCase) ? ConnectionMode.Gateway
            : throw new InvalidOperationException($"Cosmos:ConnectionMode must be Gateway or Direct, not '{o.ConnectionMode}'.");
        var result = new CosmosClientOptions
        {
            ConnectionMode = mode,
            MaxRetryAttemptsOnRateLimitedRequests = o.MaxThrottleRetries,
            MaxRetryWaitTimeOnRateLimitedRequests = o.MaxThrottleWait,
            RequestTimeout = o.RequestTimeout,
            LimitToEndpoint = o.LimitToEndpoint,
            UseSystemTextJsonSerializerWithOptions = Json,
        };
        if (o.AcceptAnyServerCertificate)
        {
            if (!IsLoopback(o.Endpoint))
                throw new InvalidOperationException("Cosmos:AcceptAnyServerCertificate is only allowed for a server on the loopback address.");
            result.ServerCertificateCustomValidationCallback = (_, _, _) => true;
            result.HttpClientFactory = () => new HttpClient(new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
            });
        }
        return result;
    }

    private static CompositePath CompositePathOf(string path) => path.EndsWith(" DESC", StringComparison.OrdinalIgnoreCase)
        ? new CompositePath { Path = path[..^5].Trim(), Order = CompositePathSortOrder.Descending }
        : new CompositePath { Path = path.Trim(), Order = CompositePathSortOrder.Ascending };

    private static bool IsLoopback(string endpoint) =>
        Uri.TryCreate(endpoint, UriKind.Absolute, out var uri)
        && (uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip)));
}
