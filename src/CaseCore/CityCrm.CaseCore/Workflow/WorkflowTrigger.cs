namespace CityCrm.CaseCore.Workflow;

/// <summary>When a workflow rule runs, as written in the workflow file's "on".</summary>
public static class WorkflowTrigger
{
    /// <summary>A case was just reported.</summary>
    public const string Create = "create";

    /// <summary>Staff changed a case (any change but a note).</summary>
    public const string Update = "update";

    /// <summary>The case reached the rule's age ("olderThanHours").</summary>
    public const string Age = "age";

    /// <summary>Three quarters of the service's target time has been used.</summary>
    public const string Sla75 = "sla-75";

    /// <summary>The due time passed with the case still open.</summary>
    public const string SlaBreached = "sla-breached";

    public static readonly IReadOnlyList<string> All = [Create, Update, Age, Sla75, SlaBreached];
}
