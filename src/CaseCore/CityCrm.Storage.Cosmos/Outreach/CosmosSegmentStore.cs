using CityCrm.Conversations.Outreach;
using Microsoft.Azure.Cosmos;

namespace CityCrm.Storage.Cosmos.Outreach;

/// <summary>
/// Segments in container <c>outreach</c>, all in the partition <c>segments</c> (a few dozen, listed together); an
/// update checks the version and replaces under the ETag. The audience comes from <see cref="IOutreachAudience"/>,
/// whichever store holds the contacts.
/// </summary>
public sealed class CosmosSegmentStore(CosmosStorage storage, IOutreachAudience audience) : ISegmentStore
{
    public static readonly CosmosContainerSpec Container = new("outreach");

    private const string Partition = "segments";

    private readonly CosmosCollection segments = storage.Collection(Container.Name);

    public async Task CreateAsync(Segment segment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(segment);
        if (!await segments.CreateAsync(new SegmentDocument(CosmosKeys.Escape(segment.Id), Partition, segment with { Version = 1 }), Partition, cancellationToken))
            throw new InvalidOperationException($"A segment with id {segment.Id} already exists.");
    }

    public async Task<Segment?> GetAsync(string id, CancellationToken cancellationToken) =>
        (await segments.ReadAsync<SegmentDocument>(CosmosKeys.Escape(id), Partition, cancellationToken))?.Document.Segment;

    public async Task<IReadOnlyList<Segment>> ListAsync(CancellationToken cancellationToken)
    {
        var documents = await segments.QueryAsync<SegmentDocument>(
            new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk").WithParameter("@pk", Partition), Partition, int.MaxValue, cancellationToken);
        return [.. documents.Select(d => d.Segment).OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Id, StringComparer.Ordinal)];
    }

    public async Task<bool> UpdateAsync(Segment segment, int expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(segment);
        var key = CosmosKeys.Escape(segment.Id);
        var stored = await segments.ReadAsync<SegmentDocument>(key, Partition, cancellationToken);
        if (stored is null || stored.Document.Segment.Version != expectedVersion)
            return false;
        var updated = stored.Document.Segment with
        {
            Name = segment.Name, Rules = segment.Rules, Version = expectedVersion + 1, UpdatedBy = segment.UpdatedBy, UpdatedAt = segment.UpdatedAt,
        };
        return await segments.ReplaceAsync(new SegmentDocument(key, Partition, updated), key, Partition, stored.ETag, cancellationToken);
    }

    public Task<IReadOnlyList<AudienceMember>> ReadAudienceAsync(CancellationToken cancellationToken) => audience.ReadAsync(cancellationToken);

    private sealed record SegmentDocument(string Id, string Pk, Segment Segment);
}
