namespace CityCrm.CaseCore.Approvals;

/// <summary>A change that waits for someone with <see cref="Role"/>, and, once decided, who decided what and why.</summary>
public sealed record CaseApproval(
    string Id,
    string Reference,
    CaseChange Change,
    string Role,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    ApprovalState State,
    string? DecidedBy = null,
    DateTimeOffset? DecidedAt = null,
    string? Comment = null);
