namespace CityCrm.CaseCore.Workflow;

/// <summary>The actions a workflow rule can take (<see cref="WorkflowAction.Do"/>).</summary>
public static class WorkflowActionNames
{
    public const string Assign = "assign";
    public const string Priority = "priority";
    public const string RequireApproval = "require-approval";
    public const string NotifyRequester = "notify-requester";
    public const string NotifyGroup = "notify-group";
    public const string Escalate = "escalate";
    public const string Tasks = "tasks";

    public static readonly IReadOnlyList<string> All = [Assign, Priority, RequireApproval, NotifyRequester, NotifyGroup, Escalate, Tasks];
}
