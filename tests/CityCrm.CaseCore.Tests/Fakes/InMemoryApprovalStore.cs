using CityCrm.CaseCore.Approvals;

namespace CityCrm.CaseCore.Tests.Fakes;

/// <summary>Approvals in memory; the first decision stands, as in the SQLite store.</summary>
public sealed class InMemoryApprovalStore : ICaseApprovalStore
{
    private readonly Lock gate = new();
    private readonly List<CaseApproval> approvals = [];

    public Task CreateAsync(CaseApproval approval, CancellationToken cancellationToken)
    {
        lock (gate)
            approvals.Add(approval);
        return Task.CompletedTask;
    }

    public Task<CaseApproval?> GetAsync(string id, CancellationToken cancellationToken)
    {
        lock (gate)
            return Task.FromResult(approvals.Find(a => a.Id == id));
    }

    public Task<IReadOnlyList<CaseApproval>> ListPendingAsync(IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        lock (gate)
            return Task.FromResult<IReadOnlyList<CaseApproval>>(approvals.Where(a => a.State == ApprovalState.Pending && roles.Contains(a.Role)).ToList());
    }

    public Task<IReadOnlyList<CaseApproval>> ListForCaseAsync(string reference, CancellationToken cancellationToken)
    {
        lock (gate)
            return Task.FromResult<IReadOnlyList<CaseApproval>>(approvals.Where(a => a.Reference == reference).ToList());
    }

    public Task<bool> DecideAsync(string id, ApprovalState decision, string decidedBy, string? comment, DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var index = approvals.FindIndex(a => a.Id == id && a.State == ApprovalState.Pending);
            if (index < 0)
                return Task.FromResult(false);
            approvals[index] = approvals[index] with { State = decision, DecidedBy = decidedBy, DecidedAt = at, Comment = comment };
            return Task.FromResult(true);
        }
    }
}
