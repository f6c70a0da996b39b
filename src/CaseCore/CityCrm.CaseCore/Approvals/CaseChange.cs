namespace CityCrm.CaseCore.Approvals;

/// <summary>
/// A staff change to a case, as asked for: <see cref="Action"/> is one of <see cref="CaseActions"/> (accept, start,
/// hold, resume, close, reopen, assign, priority, note, task) and the other fields are what that action needs. It is
/// kept as asked while it waits for approval, and applied as asked once approved.
/// </summary>
public sealed record CaseChange(string Action)
{
    /// <summary>The note residents read (status changes), the hold reason, or the internal note's text.</summary>
    public string? Note { get; init; }

    public string? ResolutionCode { get; init; }

    public string? Queue { get; init; }

    public string? Person { get; init; }

    public CasePriority? Priority { get; init; }

    public string? TaskId { get; init; }

    public bool Done { get; init; } = true;

    /// <summary>Whether a status change is told to the resident.</summary>
    public bool Notify { get; init; } = true;
}
