namespace CityCrm.CaseCore.Approvals;

/// <summary>Approvals waiting for a role, and their decisions.</summary>
public interface ICaseApprovalStore
{
    Task CreateAsync(CaseApproval approval, CancellationToken cancellationToken);

    Task<CaseApproval?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Pending approvals for any of <paramref name="roles"/>, oldest first.</summary>
    Task<IReadOnlyList<CaseApproval>> ListPendingAsync(IReadOnlyCollection<string> roles, CancellationToken cancellationToken);

    /// <summary>The case's approvals, oldest first.</summary>
    Task<IReadOnlyList<CaseApproval>> ListForCaseAsync(string reference, CancellationToken cancellationToken);

    /// <summary>
    /// Records a decision if the approval is still pending and answers true; false when someone decided first
    /// (the first decision stands).
    /// </summary>
    Task<bool> DecideAsync(string id, ApprovalState decision, string decidedBy, string? comment, DateTimeOffset at, CancellationToken cancellationToken);
}
