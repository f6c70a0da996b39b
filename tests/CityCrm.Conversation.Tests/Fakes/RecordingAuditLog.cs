using CityCrm.Conversations.Audit;

namespace CityCrm.Conversations.Tests.Fakes;

/// <summary>Keeps audit records in memory for assertions.</summary>
public sealed class RecordingAuditLog : IAuditLog
{
    public List<AuditRecord> Records { get; } = [];

    public Task WriteAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        lock (Records) Records.Add(record);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditRecord>> ListAsync(string? conversationId, int limit, CancellationToken cancellationToken)
    {
        lock (Records) return Task.FromResult<IReadOnlyList<AuditRecord>>(Records.Where(r => conversationId is null || r.ConversationId == conversationId).Take(limit).ToList());
    }
}
