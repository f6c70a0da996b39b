using System.Net;
using Microsoft.Azure.Cosmos;

namespace CityCrm.Storage.Cosmos;

/// <summary>
/// The operations the stores are built from: point reads and writes by (id, partition key), creates that are
/// idempotent on the id, replaces guarded by the ETag, and queries within one partition paged by continuation token.
/// Every document carries its partition key in <c>pk</c>.
/// </summary>
public sealed class CosmosCollection(Container container, CosmosRetry retry)
{
    /// <summary>The document, or null when there is none.</summary>
    public async Task<CosmosItem<T>?> ReadAsync<T>(string id, string partitionKey, CancellationToken cancellationToken)
    {
        try
        {
            var response = await retry.RunAsync(ct => container.ReadItemAsync<T>(id, new PartitionKey(partitionKey), cancellationToken: ct), cancellationToken);
            return new CosmosItem<T>(response.Resource, response.ETag);
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>Creates the document; false (and nothing written) when one with its id already exists in the partition.</summary>
    public async Task<bool> CreateAsync<T>(T document, string partitionKey, CancellationToken cancellationToken)
    {
        try
        {
            await retry.RunAsync(ct => container.CreateItemAsync(document, new PartitionKey(partitionKey), NoContent, ct), cancellationToken);
            return true;
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.Conflict)
        {
            return false;
        }
    }

    /// <summary>Writes the document whatever is stored; for data with one writer or last-writer-wins meaning.</summary>
    public Task UpsertAsync<T>(T document, string partitionKey, CancellationToken cancellationToken) =>
        retry.RunAsync(ct => container.UpsertItemAsync(document, new PartitionKey(partitionKey), NoContent, ct), cancellationToken);

    /// <summary>
    /// Replaces the document if it still has <paramref name="etag"/>; false when someone changed or deleted it since
    /// it was read (the caller re-reads and decides).
    /// </summary>
    public async Task<bool> ReplaceAsync<T>(T document, string id, string partitionKey, string etag, CancellationToken cancellationToken)
    {
        try
        {
            var options = new ItemRequestOptions { IfMatchEtag = etag, EnableContentResponseOnWrite = false };
            await retry.RunAsync(ct => container.ReplaceItemAsync(document, id, new PartitionKey(partitionKey), options, ct), cancellationToken);
            return true;
        }
        catch (CosmosException e) when (e.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    /// <summary>Deletes the document (only if it still has <paramref name="etag"/>, when given); false when there was none or it changed.</summary>
    public async Task<bool> DeleteAsync(string id, string partitionKey, CancellationToken cancellationToken, string? etag = null)
    {
        try
        {
            var options = etag is null ? NoContent : new ItemRequestOptions { IfMatchEtag = etag, EnableContentResponseOnWrite = false };
            await retry.RunAsync(ct => container.DeleteItemAsync<object>(id, new PartitionKey(partitionKey), options, ct), cancellationToken);
            return true;
        }
        catch (CosmosException e) when (e.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.PreconditionFailed)
        {
            return false;
        }
    }

    /// <summary>
    /// One page of a query: within <paramref name="partitionKey"/> when given (the hot paths always give one), across
    /// partitions otherwise (reports and administration only). Resume with the returned continuation token.
    /// A single-partition query also names its partition in the text (<c>WHERE c.pk = @pk</c>): Cosmos DB does not
    /// need it, but it keeps the query correct on servers that route by the text, and documents the intent.
    /// </summary>
    public async Task<CosmosPage<T>> QueryPageAsync<T>(QueryDefinition query, string? partitionKey, int pageSize, string? continuation, CancellationToken cancellationToken)
    {
        var options = new QueryRequestOptions { MaxItemCount = pageSize };
        if (partitionKey is not null)
            options.PartitionKey = new PartitionKey(partitionKey);
        return await retry.RunAsync(async ct =>
        {
            using var iterator = container.GetItemQueryIterator<T>(query, continuation, options);
            var items = new List<T>();
            string? next = continuation;
            // A page can come back empty with a continuation; keep reading until items or the end.
            while (iterator.HasMoreResults && items.Count == 0)
            {
                var response = await iterator.ReadNextAsync(ct);
                items.AddRange(response);
                next = response.ContinuationToken;
            }
            return new CosmosPage<T>(items, iterator.HasMoreResults ? next : null);
        }, cancellationToken);
    }

    /// <summary>Every result of a query (up to <paramref name="limit"/>), reading page after page.</summary>
    public async Task<List<T>> QueryAsync<T>(QueryDefinition query, string? partitionKey, int limit, CancellationToken cancellationToken)
    {
        var results = new List<T>();
        string? continuation = null;
        do
        {
            var page = await QueryPageAsync<T>(query, partitionKey, Math.Min(Math.Max(limit - results.Count, 1), 1000), continuation, cancellationToken);
            results.AddRange(page.Items);
            continuation = page.Continuation;
        }
        while (continuation is not null && results.Count < limit);
        return results.Count > limit ? results.GetRange(0, limit) : results;
    }

    private static readonly ItemRequestOptions NoContent = new() { EnableContentResponseOnWrite = false };
}
