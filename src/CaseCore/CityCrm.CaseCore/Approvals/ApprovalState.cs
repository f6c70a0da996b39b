namespace CityCrm.CaseCore.Approvals;

/// <summary>Where a request for approval stands.</summary>
public enum ApprovalState
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,
}
