using CityCrm.CaseCore.Approvals;
using Microsoft.Azure.Cosmos;

namespace CityCrm.Storage.Cosmos;

/// <summary>
/// Approvals in container <c>approvals</c>, one document per approval partitioned by its id: reading and deciding
/// are point operations, and a decision is an ETag-guarded replace of a still pending approval, so the first decision
/// stands. The supervisor's inbox and a case's approvals are queries across partitions (staff views, low rate).
/// </summary>
public sealed class CosmosCaseApprovalStore(CosmosStorage storage) : ICaseApprovalStore
{
    public static readonly CosmosContainerSpec Container = new("approvals");

    private readonly CosmosCollection approvals = storage.Collection(Container.Name);

    public async Task CreateAsync(CaseApproval approval, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(approval);
        var key = CosmosKeys.Escape(approval.Id);
        if (!await approvals.CreateAsync(new ApprovalDocument(key, key, approval.Reference, approval.Role, approval.State == ApprovalState.Pending, approval.RequestedAt.UtcTicks, approval), key, cancellationToken))
            throw new InvalidOperationException($"An approval with id {approval.Id} already exists.");
    }

    public async Task<CaseApproval?> GetAsync(string id, CancellationToken cancellationToken) =>
        (await approvals.ReadAsync<ApprovalDocument>(CosmosKeys.Escape(id), CosmosKeys.Escape(id), cancellationToken))?.Document.Approval;

    public async Task<IReadOnlyList<CaseApproval>> ListPendingAsync(IReadOnlyCollection<string> roles, CancellationToken cancellationToken) =>
        Ordered(await approvals.QueryAsync<ApprovalDocument>(
            new QueryDefinition("SELECT * FROM c WHERE c.pending = true AND ARRAY_CONTAINS(@roles, c.role)").WithParameter("@roles", roles.ToArray()),
            null, int.MaxValue, cancellationToken));

    public async Task<IReadOnlyList<CaseApproval>> ListForCaseAsync(string reference, CancellationToken cancellationToken) =>
        Ordered(await approvals.QueryAsync<ApprovalDocument>(
            new QueryDefinition("SELECT * FROM c WHERE c.reference = @reference").WithParameter("@reference", reference),
            null, int.MaxValue, cancellationToken));

    public async Task<bool> DecideAsync(string id, ApprovalState decision, string decidedBy, string? comment, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (decision == ApprovalState.Pending)
            throw new ArgumentException("A decision approves or rejects.", nameof(decision));
        var key = CosmosKeys.Escape(id);
        var stored = await approvals.ReadAsync<ApprovalDocument>(key, key, cancellationToken);
        if (stored is null || stored.Document.Approval.State != ApprovalState.Pending)
            return false;
        var decided = stored.Document.Approval with { State = decision, DecidedBy = decidedBy, DecidedAt = at, Comment = comment };
        // Of two deciders who read it pending, the replace under the ETag lets exactly one through.
        return await approvals.ReplaceAsync(stored.Document with { Pending = false, Approval = decided }, key, key, stored.ETag, cancellationToken);
    }

    private static List<CaseApproval> Ordered(IEnumerable<ApprovalDocument> documents) =>
        [.. documents.OrderBy(d => d.RequestedTicks).ThenBy(d => d.Approval.Id, StringComparer.Ordinal).Select(d => d.Approval)];

    private sealed record ApprovalDocument(string Id, string Pk, string Reference, string Role, bool Pending, long RequestedTicks, CaseApproval Approval);
}
