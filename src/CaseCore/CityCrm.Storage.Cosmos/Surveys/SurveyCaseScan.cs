using CityCrm.Conversations.Surveys;
using Microsoft.Azure.Cosmos;

namespace CityCrm.Storage.Cosmos.Surveys;

/// <summary>
/// Closed cases with a conversation, read from the case store's container <c>cases</c> for the satisfaction survey
/// worker. A query across partitions: the worker's background poll, bounded by the time of the last closing seen.
/// </summary>
internal sealed class SurveyCaseScan(CosmosStorage storage)
{
    private readonly Lazy<CosmosCollection> cases = new(() => storage.Collection(CosmosCaseStore.Container.Name));

    public async Task<IReadOnlyList<ClosedCase>> ClosedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        // Status 2 is CaseStatus.Closed. The snapshot's time is ISO text with its offset: the text comparison, a day
        // wider than asked so any offset falls inside, narrows the read and the exact comparison below decides.
        var rows = await cases.Value.QueryAsync<ClosedRow>(
            new QueryDefinition(
                """
                SELECT c.reference, c.contactId, c.snapshot.conversationId, c.snapshot.updatedAt FROM c
                WHERE c.type = @kind AND c.status = 2 AND IS_STRING(c.snapshot.conversationId) AND c.snapshot.updatedAt >= @since
                """).WithParameter("@kind", CaseDocument.Kind).WithParameter("@since", since.UtcDateTime.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            null, int.MaxValue, cancellationToken);
        return [.. rows.Where(r => r.UpdatedAt > since).OrderBy(r => r.UpdatedAt)
            .Select(r => new ClosedCase(r.Reference, r.ContactId, r.ConversationId, r.UpdatedAt))];
    }

    private sealed record ClosedRow(string Reference, string ContactId, string ConversationId, DateTimeOffset UpdatedAt);
}
