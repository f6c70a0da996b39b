using CityCrm.Conversations.Leases;
using CityCrm.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CityCrm.Storage.Tests.Leases;

/// <summary>
/// Nodes sharing one SQLite file, each a <see cref="LeaseHolder"/> over its own store object, running the same guarded
/// work; counts how many run it at once, the most ever seen, and who ran it.
/// </summary>
public sealed class LeaseNodes(SqliteDatabase database)
{
    private readonly Lock gate = new();
    private int running;

    public int MostAtOnce { get; private set; }

    public List<string> Runs { get; } = [];

    public string? Current { get; private set; }

    /// <summary>A node with short leases (1 s, renewed every 0.2 s) over <paramref name="store"/> or the shared file.</summary>
    public LeaseHolder Node(string name, ILeaseStore? store = null) => new(
        store ?? new SqliteLeaseStore(database),
        Options.Create(new LeaseOptions { Node = name, DurationSeconds = 1, RenewSeconds = 0.2 }),
        TimeProvider.System, NullLogger<LeaseHolder>.Instance);

    /// <summary>The guarded work: marks itself running until its token is cancelled.</summary>
    public async Task WorkAsync(string node, CancellationToken held)
    {
        lock (gate)
        {
            running++;
            MostAtOnce = Math.Max(MostAtOnce, running);
            Runs.Add(node);
            Current = node;
        }
        try
        {
            await Task.Delay(Timeout.Infinite, held);
        }
        finally
        {
            lock (gate)
            {
                running--;
                if (Current == node)
                    Current = null;
            }
        }
    }

    /// <summary>Waits (up to a generous deadline) until <paramref name="node"/> runs the work.</summary>
    public async Task WaitForAsync(string node)
    {
        for (var i = 0; i < 300 && Current != node; i++)
            await Task.Delay(50);
        Assert.Equal(node, Current);
    }
}
