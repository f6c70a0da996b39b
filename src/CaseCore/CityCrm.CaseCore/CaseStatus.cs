namespace CityCrm.CaseCore;

/// <summary>
/// Where a service request stands. The numbers are stored, so new statuses take new numbers rather than
/// reordering: new (reported, not yet routed), open (routed to a queue or person), in progress, on hold
/// (with a reason, see <see cref="Case.HoldReason"/>), closed (with a resolution code).
/// </summary>
public enum CaseStatus
{
    Open = 0,
    InProgress = 1,
    Closed = 2,
    New = 3,
    OnHold = 4,
}
