namespace CityCrm.CaseCore;

/// <summary>How urgently a case is worked; stored as its number.</summary>
public enum CasePriority
{
    Low = 0,
    Normal = 1,
    High = 2,
    Urgent = 3,
}
