using CityCrm.Conversations.Audit;
using Microsoft.Azure.Cosmos;

namespace CityCrm.Storage.Cosmos;

/// <summary>
/// The append-only audit trail in container <c>audit</c>, partitioned by conversation (records without one share
/// the partition <c>-</c>): a conversation's trail is one single-partition query.
/// </summary>
public sealed class CosmosAuditLog(CosmosStorage storage) : IAuditLog
{
    public static readonly CosmosContainerSpec Container = new("audit");

    private readonly CosmosCollection audit = storage.Collection(Container.Name);

    public Task WriteAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        var document = new AuditDocument(
            Guid.NewGuid().ToString("N"), PartitionOf(record.ConversationId), record.At.UtcTicks, record.At,
            record.Actor, record.Action, record.ConversationId, record.Arguments, record.Outcome, record.DurationMs);
        return audit.CreateAsync(document, document.Pk, cancellationToken);
    }

    public async Task<IReadOnlyList<AuditRecord>> ListAsync(string? conversationId, int limit, CancellationToken cancellationToken)
    {
        // Without a conversation this reads every partition: the administration view, never a hot path.
        var documents = conversationId is null
            ? await audit.QueryAsync<AuditDocument>(new QueryDefinition("SELECT * FROM c ORDER BY c.ticks DESC"), null, limit, cancellationToken)
            : await audit.QueryAsync<AuditDocument>(
                new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk ORDER BY c.ticks DESC").WithParameter("@pk", conversationId),
                conversationId, limit, cancellationToken);
        return documents.Select(d => new AuditRecord(d.At, d.Actor, d.Action, d.ConversationId, d.Arguments, d.Outcome, d.DurationMs)).ToList();
    }

    private static string PartitionOf(string? conversationId) => conversationId ?? "-";

    private sealed record AuditDocument(
        string Id, string Pk, long Ticks, DateTimeOffset At, string Actor, string Action,
        string? ConversationId, string? Arguments, string? Outcome, double DurationMs);
}
