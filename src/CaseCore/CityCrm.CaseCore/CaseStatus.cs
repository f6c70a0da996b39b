namespace CityCrm.CaseCore;

/// <summary>Where a service request stands.</summary>
public enum CaseStatus
{
    Open = 0,
    InProgress = 1,
    Closed = 2,
}
