namespace CityCrm.Storage.Cosmos;

/// <summary>
/// Where the Cosmos DB account is and how to talk to it (section <c>Cosmos</c>). The key comes from configuration or
/// the environment (<c>Cosmos__Key</c>) and is never logged.
/// </summary>
public sealed class CosmosStoreOptions
{
    public const string Section = "Cosmos";

    /// <summary>The account endpoint, e.g. <c>https://city.documents.azure.com:443/</c>.</summary>
    public string Endpoint { get; set; } = "";

    /// <summary>The account key.</summary>
    public string Key { get; set; } = "";

    /// <summary>The database holding every container.</summary>
    public string Database { get; set; } = "citycrm";

    /// <summary><c>Gateway</c> (HTTPS only, works through any firewall) or <c>Direct</c> (TCP to the replicas, lower latency).</summary>
    public string ConnectionMode { get; set; } = "Gateway";

    /// <summary>Shared database throughput in RU/s when the service creates the database; null leaves it to the account.</summary>
    public int? Throughput { get; set; }

    /// <summary>How often a throttled request (429) is retried, honouring the server's retry-after, before it fails.</summary>
    public int MaxThrottleRetries { get; set; } = 9;

    /// <summary>The longest total wait spent retrying throttled requests.</summary>
    public TimeSpan MaxThrottleWait { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a timed-out or unavailable request (408, 503) is retried, with exponential backoff.</summary>
    public int MaxTransientRetries { get; set; } = 3;

    /// <summary>The first backoff after a timeout or unavailability; doubled each time.</summary>
    public TimeSpan TransientBackoff { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How long one request may take.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Talk only to <see cref="Endpoint"/> (no region discovery): for a single-region account or a local server.</summary>
    public bool LimitToEndpoint { get; set; }

    /// <summary>
    /// Accept the server's certificate whatever it is. Only for a local development server with a self-signed
    /// certificate; refused at start unless the endpoint is on the loopback address.
    /// </summary>
    public bool AcceptAnyServerCertificate { get; set; }
}
