using CityCrm.Knowledge;
using CityCrm.Knowledge.Editorial;
using Microsoft.Azure.Cosmos;

namespace CityCrm.Storage.Cosmos;

/// <summary>
/// The editorial history in container <c>editorial</c>, one partition per article. The article's record (state,
/// revision, a copy of the head content, and which document holds each version) is one document, replaced under its
/// ETag, so a save is decided by one atomic write. A new version is written first under an id no one else can take;
/// it only counts once the record names it, so an attempt that loses the race or dies leaves nothing visible.
/// </summary>
public sealed class CosmosEditorialStore(CosmosStorage storage) : IEditorialStore
{
    public static readonly CosmosContainerSpec Container = new("editorial");

    private const string RecordId = "record";
    private readonly CosmosCollection editorial = storage.Collection(Container.Name);

    public async Task<EditorialEntry?> GetAsync(string id, CancellationToken cancellationToken) =>
        (await ReadRecordAsync(id, cancellationToken))?.Document.ToEntry();

    public async Task<IReadOnlyList<EditorialEntry>> ListAsync(CancellationToken cancellationToken)
    {
        // The editors' list and start-up checks: across partitions, never per resident message.
        var records = await editorial.QueryAsync<RecordDocument>(new QueryDefinition("SELECT * FROM c WHERE c.type = 'record'"), null, int.MaxValue, cancellationToken);
        return [.. records.Select(r => r.ToEntry()).OrderBy(e => e.Record.Id, StringComparer.Ordinal)];
    }

    public async Task<ArticleVersion?> GetVersionAsync(string id, int number, CancellationToken cancellationToken)
    {
        var record = await ReadRecordAsync(id, cancellationToken);
        var slot = record?.Document.Versions.FirstOrDefault(v => v.Number == number);
        if (slot is null)
            return null;
        return (await editorial.ReadAsync<VersionDocument>(slot.DocumentId, CosmosKeys.Escape(id), cancellationToken))?.Document.Version;
    }

    public async Task<IReadOnlyList<ArticleVersion>> ListVersionsAsync(string id, CancellationToken cancellationToken)
    {
        var record = await ReadRecordAsync(id, cancellationToken);
        if (record is null)
            return [];
        var pk = CosmosKeys.Escape(id);
        var named = record.Document.Versions.Select(v => v.DocumentId).ToHashSet(StringComparer.Ordinal);
        var versions = await editorial.QueryAsync<VersionDocument>(
            new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk AND c.type = 'version'").WithParameter("@pk", pk), pk, int.MaxValue, cancellationToken);
        return [.. versions.Where(v => named.Contains(v.Id)).Select(v => v.Version).OrderBy(v => v.Number)];
    }

    public async Task SaveAsync(EditorialRecord record, ArticleVersion? version, int expectedRevision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var pk = CosmosKeys.Escape(record.Id);
        VersionDocument? written = null;
        if (version is not null)
        {
            written = new VersionDocument($"v:{version.Number}:{Guid.NewGuid():N}", pk, "version", version);
            await editorial.CreateAsync(written, pk, cancellationToken);
        }
        var stored = await ReadRecordAsync(record.Id, cancellationToken);
        var saved = await TrySaveAsync(stored, record, version, written, expectedRevision, cancellationToken);
        if (saved)
            return;
        if (written is not null)
            await editorial.DeleteAsync(written.Id, pk, cancellationToken);
        var current = await ReadRecordAsync(record.Id, cancellationToken);
        throw new EditConflictException(record.Id, current?.Document.Record.HeadVersion ?? 0, current?.Document.Record.HeadAuthorName ?? "someone");
    }

    private async Task<bool> TrySaveAsync(
        CosmosItem<RecordDocument>? stored, EditorialRecord record, ArticleVersion? version, VersionDocument? written,
        int expectedRevision, CancellationToken cancellationToken)
    {
        var pk = CosmosKeys.Escape(record.Id);
        if (expectedRevision == 0 ? stored is not null : stored?.Document.Record.Revision != expectedRevision)
            return false;
        var slots = stored?.Document.Versions ?? [];
        if (version is not null && slots.Any(s => s.Number == version.Number))
            return false;
        if (written is not null)
            slots = [.. slots, new VersionSlot(version!.Number, written.Id)];
        var head = await HeadContentAsync(record, version, stored, slots, cancellationToken);
        if (head is null)
            return false;
        var next = new RecordDocument(RecordId, pk, "record", record, head, slots);
        return stored is null
            ? await editorial.CreateAsync(next, pk, cancellationToken)
            : await editorial.ReplaceAsync(next, RecordId, pk, stored.ETag, cancellationToken);
    }

    // The record keeps a copy of its head version's content, so reading an article's state is one point read.
    private async Task<Article?> HeadContentAsync(
        EditorialRecord record, ArticleVersion? version, CosmosItem<RecordDocument>? stored, IReadOnlyList<VersionSlot> slots, CancellationToken cancellationToken)
    {
        if (version?.Number == record.HeadVersion)
            return version.Content;
        if (stored?.Document.Record.HeadVersion == record.HeadVersion)
            return stored.Document.Head;
        var slot = slots.FirstOrDefault(s => s.Number == record.HeadVersion);
        return slot is null ? null
            : (await editorial.ReadAsync<VersionDocument>(slot.DocumentId, CosmosKeys.Escape(record.Id), cancellationToken))?.Document.Version.Content;
    }

    private Task<CosmosItem<RecordDocument>?> ReadRecordAsync(string id, CancellationToken cancellationToken) =>
        editorial.ReadAsync<RecordDocument>(RecordId, CosmosKeys.Escape(id), cancellationToken);

    private sealed record VersionSlot(int Number, string DocumentId);

    private sealed record VersionDocument(string Id, string Pk, string Type, ArticleVersion Version);

    private sealed record RecordDocument(string Id, string Pk, string Type, EditorialRecord Record, Article Head, IReadOnlyList<VersionSlot> Versions)
    {
        public EditorialEntry ToEntry() => new(Record, Head);
    }
}
