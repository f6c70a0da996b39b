namespace CityCrm.Conversations.Audit;

/// <summary>Append-only audit trail.</summary>
public interface IAuditLog
{
    Task WriteAsync(AuditRecord record, CancellationToken cancellationToken);

    Task<IReadOnlyList<AuditRecord>> ListAsync(string? conversationId, int limit, CancellationToken cancellationToken);
}
