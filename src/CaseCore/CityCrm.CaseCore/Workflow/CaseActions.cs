namespace CityCrm.CaseCore;

/// <summary>The kinds of change a case's history records, and the names the API and approval gates use for them.</summary>
public static class CaseActions
{
    public const string Reported = "reported";
    public const string Status = "status";
    public const string Accept = "accept";
    public const string Start = "start";
    public const string Hold = "hold";
    public const string Resume = "resume";
    public const string Close = "close";
    public const string Reopen = "reopen";
    public const string Assign = "assign";
    public const string Priority = "priority";
    public const string Note = "note";
    public const string Tasks = "tasks";
    public const string Task = "task";
    public const string Link = "link";
    public const string Approval = "approval";
    public const string Escalate = "escalate";
    public const string Due = "due";
    public const string Timer = "timer";

    /// <summary>The status changes an approval gate can guard.</summary>
    public static readonly IReadOnlyList<string> Transitions = [Accept, Start, Hold, Resume, Close, Reopen];
}
