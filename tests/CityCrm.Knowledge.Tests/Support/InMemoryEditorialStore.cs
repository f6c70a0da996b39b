using CityCrm.Knowledge.Editorial;

namespace CityCrm.Knowledge.Tests.Support;

/// <summary>The editorial history in memory, with the same revision guard as the SQLite store.</summary>
public sealed class InMemoryEditorialStore : IEditorialStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, EditorialRecord> records = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ArticleVersion>> versions = new(StringComparer.Ordinal);

    public Task<EditorialEntry?> GetAsync(string id, CancellationToken cancellationToken)
    {
        lock (gate)
            return Task.FromResult(records.TryGetValue(id, out var record) ? Entry(record) : null);
    }

    public Task<IReadOnlyList<EditorialEntry>> ListAsync(CancellationToken cancellationToken)
    {
        lock (gate)
            return Task.FromResult<IReadOnlyList<EditorialEntry>>([.. records.Values.OrderBy(r => r.Id, StringComparer.Ordinal).Select(Entry)]);
    }

    public Task<ArticleVersion?> GetVersionAsync(string id, int number, CancellationToken cancellationToken)
    {
        lock (gate)
            return Task.FromResult(versions.GetValueOrDefault(id)?.FirstOrDefault(v => v.Number == number));
    }

    public Task<IReadOnlyList<ArticleVersion>> ListVersionsAsync(string id, CancellationToken cancellationToken)
    {
        lock (gate)
            return Task.FromResult<IReadOnlyList<ArticleVersion>>([.. versions.GetValueOrDefault(id) ?? []]);
    }

    public Task SaveAsync(EditorialRecord record, ArticleVersion? version, int expectedRevision, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var current = records.GetValueOrDefault(record.Id);
            if ((current?.Revision ?? 0) != expectedRevision)
                throw new EditConflictException(record.Id, current?.HeadVersion ?? 0, current?.HeadAuthorName ?? "someone");
            records[record.Id] = record;
            if (version is not null)
            {
                if (!versions.TryGetValue(record.Id, out var list))
                    versions[record.Id] = list = [];
                list.Add(version);
            }
        }
        return Task.CompletedTask;
    }

    private EditorialEntry Entry(EditorialRecord record) =>
        new(record, versions[record.Id].Single(v => v.Number == record.HeadVersion).Content);
}
