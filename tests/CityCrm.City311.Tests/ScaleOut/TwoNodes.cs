using CityCrm.City311.Tests.Agents;

namespace CityCrm.City311.Tests.ScaleOut;

/// <summary>
/// Two hosts serving as one: a shared SQLite file, a Lucene index each, their own lease names, and one real Redis.
/// Node A starts first, so it migrates and seeds the shared file; node B finds it ready.
/// </summary>
public sealed class TwoNodes : IAsyncLifetime
{
    private readonly string shared = Directory.CreateTempSubdirectory("citycrm-cluster-").FullName;
    private readonly List<AgentAppFactory> extra = [];

    public RedisServer Redis { get; private set; } = null!;

    public AgentAppFactory A { get; private set; } = null!;

    public AgentAppFactory B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Redis = await RedisServer.StartAsync();
        A = Node("a");
        _ = A.Server;
        B = Node("b");
        _ = B.Server;
    }

    /// <summary>Starts one more node on the same file and Redis (disposed with the others).</summary>
    public AgentAppFactory StartNode(string name)
    {
        var node = Node(name);
        _ = node.Server;
        extra.Add(node);
        return node;
    }

    public async Task DisposeAsync()
    {
        foreach (var node in extra)
            await node.DisposeAsync();
        await B.DisposeAsync();
        await A.DisposeAsync();
        await Redis.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(shared, recursive: true); }
        catch (IOException) { /* the OS cleans its temp folder */ }
    }

    private AgentAppFactory Node(string name) => new(new Dictionary<string, string>
    {
        ["database"] = Path.Combine(shared, "citycrm.db"),
        ["Leases:Node"] = name,
        ["SignalR:Redis"] = Redis.Configuration,
        // Tests reconcile by hand, so a notice's effect is never mistaken for the periodic repair's.
        ["ScaleOut:ReconcileSeconds"] = "3600",
        // A resident's Direct Line token is good on either node, as behind a load balancer.
        ["DirectLine:TokenSigningKey"] = "two-nodes-test-signing-key-0123456789abcdef",
    });
}
