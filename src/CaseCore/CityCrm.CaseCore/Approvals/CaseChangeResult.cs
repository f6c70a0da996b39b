namespace CityCrm.CaseCore.Approvals;

/// <summary>
/// The outcome of a staff change: the case as it is now, and when the change needs approval, the approval it waits
/// for (the case is then unchanged).
/// </summary>
public sealed record CaseChangeResult(Case Case, CaseApproval? Pending)
{
    public bool Applied => Pending is null;
}
