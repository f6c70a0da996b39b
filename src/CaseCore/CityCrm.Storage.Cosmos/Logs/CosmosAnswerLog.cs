using CityCrm.Knowledge.Insights;
using Microsoft.Azure.Cosmos;

namespace CityCrm.Storage.Cosmos.Logs;

/// <summary>
/// Answer records in container <c>answers</c>, partitioned by conversation: the conversation's latest record (feedback,
/// hand-off) is one single-partition query, and every change is an ETag-guarded replace of one record. A pointer by
/// record id (written first) serves the look-ups by id. The editors' list since a date reads across partitions.
/// </summary>
public sealed class CosmosAnswerLog(CosmosStorage storage) : IAnswerLog
{
    public static readonly CosmosContainerSpec Container = new("answers");

    private readonly CosmosCollection answers = storage.Collection(Container.Name);

    public async Task AddAsync(AnswerRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var pointer = new AnswerPointer("answer", PointerPartition(record.Id), "pointer", record.ConversationId);
        await answers.CreateAsync(pointer, pointer.Pk, cancellationToken);
        var document = AnswerDocument.From(record);
        if (!await answers.CreateAsync(document, document.Pk, cancellationToken))
            throw new InvalidOperationException($"An answer record with id {record.Id} already exists.");
    }

    public async Task<AnswerRecord?> GetAsync(string id, CancellationToken cancellationToken) =>
        (await ReadAsync(id, cancellationToken))?.Document.Record;

    public async Task<AnswerRecord?> FindLatestAsync(string conversationId, CancellationToken cancellationToken) =>
        (await ListForConversationAsync(conversationId, cancellationToken)).LastOrDefault();

    public async Task<IReadOnlyList<AnswerRecord>> ListForConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        var partition = AnswerDocument.PartitionOf(conversationId);
        var documents = await answers.QueryAsync<AnswerDocument>(
            new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk AND c.type = @kind").WithParameter("@pk", partition).WithParameter("@kind", AnswerDocument.Kind),
            partition, int.MaxValue, cancellationToken);
        return [.. documents.OrderBy(d => d.AtTicks).ThenBy(d => d.AddedTicks).Select(d => d.Record)];
    }

    public async Task<IReadOnlyList<AnswerRecord>> ListSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        // Across partitions: the editors' review of unanswered questions, not a resident's path.
        var documents = await answers.QueryAsync<AnswerDocument>(
            new QueryDefinition("SELECT * FROM c WHERE c.type = @kind AND c.atTicks >= @since").WithParameter("@kind", AnswerDocument.Kind).WithParameter("@since", since.UtcTicks),
            null, int.MaxValue, cancellationToken);
        return [.. documents.OrderBy(d => d.AtTicks).ThenBy(d => d.AddedTicks).Select(d => d.Record)];
    }

    public Task<bool> SetFeedbackAsync(string id, bool helpful, DateTimeOffset at, CancellationToken cancellationToken) =>
        ChangeAsync(id, r => r with { Helpful = helpful, FeedbackAt = at }, cancellationToken);

    public async Task<string?> RecordHandoffAsync(string conversationId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        while (true)
        {
            var latest = (await ListForConversationAsync(conversationId, cancellationToken)).LastOrDefault(r => r.At <= at);
            if (latest is null || latest.HandoffAt is not null)
                return null;
            var stored = await ReadAsync(latest.Id, cancellationToken);
            // Re-checked on the stored copy and written under its ETag, so two hand-offs cannot both mark it.
            if (stored is null || stored.Document.Record.HandoffAt is not null)
                continue;
            var next = AnswerDocument.From(stored.Document.Record with { HandoffAt = at }) with { AddedTicks = stored.Document.AddedTicks };
            if (await answers.ReplaceAsync(next, next.Id, next.Pk, stored.ETag, cancellationToken))
                return latest.Id;
        }
    }

    public async Task<int> MarkHandledAsync(IReadOnlyCollection<string> ids, string? articleId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var marked = 0;
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            if (await ChangeAsync(id, r => r.HandledAt is null ? r with { HandledAt = at, HandledArticleId = articleId } : null, cancellationToken))
                marked++;
        }
        return marked;
    }

    private static string PointerPartition(string id) => "answer:" + CosmosKeys.Escape(id);

    private async Task<CosmosItem<AnswerDocument>?> ReadAsync(string id, CancellationToken cancellationToken)
    {
        var pointer = await answers.ReadAsync<AnswerPointer>("answer", PointerPartition(id), cancellationToken);
        return pointer is null ? null : await answers.ReadAsync<AnswerDocument>(CosmosKeys.Escape(id), AnswerDocument.PartitionOf(pointer.Document.ConversationId), cancellationToken);
    }

    /// <summary>Applies <paramref name="change"/> (null: nothing to do) under the ETag, again on a fresh read after a conflict.</summary>
    private async Task<bool> ChangeAsync(string id, Func<AnswerRecord, AnswerRecord?> change, CancellationToken cancellationToken)
    {
        while (true)
        {
            var stored = await ReadAsync(id, cancellationToken);
            if (stored is null || change(stored.Document.Record) is not { } changed)
                return false;
            var next = AnswerDocument.From(changed) with { AddedTicks = stored.Document.AddedTicks };
            if (await answers.ReplaceAsync(next, next.Id, next.Pk, stored.ETag, cancellationToken))
                return true;
        }
    }

    private sealed record AnswerPointer(string Id, string Pk, string Type, string ConversationId);

    /// <summary>A record in its conversation's partition; <c>addedTicks</c> orders records made at the same instant.</summary>
    private sealed record AnswerDocument(string Id, string Pk, string Type, long AtTicks, long AddedTicks, AnswerRecord Record)
    {
        public const string Kind = "answer";

        public static string PartitionOf(string conversationId) => "conversation:" + CosmosKeys.Escape(conversationId);

        public static AnswerDocument From(AnswerRecord r) =>
            new(CosmosKeys.Escape(r.Id), PartitionOf(r.ConversationId), Kind, r.At.UtcTicks, DateTimeOffset.UtcNow.UtcTicks, r);
    }
}
