namespace CityCrm.Storage.Cosmos;

/// <summary>
/// A number that only goes up, kept in one document and advanced with an ETag-guarded replace: concurrent callers
/// never get the same value, and a loser simply reads again. For low-rate sequences (case numbers), not per message.
/// </summary>
public sealed class CosmosCounter(CosmosCollection collection, string name, long first)
{
    /// <summary>The container counters live in (partitioned by counter name).</summary>
    public static readonly CosmosContainerSpec Container = new("counters");

    /// <summary>The next value: <c>first</c> on a fresh store, then one more each call.</summary>
    public async Task<long> NextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var current = await collection.ReadAsync<CounterDocument>(name, name, cancellationToken);
            if (current is null)
            {
                if (await collection.CreateAsync(new CounterDocument(name, name, first), name, cancellationToken))
                    return first;
                continue;
            }
            var next = current.Document with { Value = current.Document.Value + 1 };
            if (await collection.ReplaceAsync(next, name, name, current.ETag, cancellationToken))
                return next.Value;
            // Someone else advanced it meanwhile; back off a little so a crowd does not spin in step.
            await Task.Delay(Random.Shared.Next(1, 10), cancellationToken);
        }
    }

    private sealed record CounterDocument(string Id, string Pk, long Value);
}
