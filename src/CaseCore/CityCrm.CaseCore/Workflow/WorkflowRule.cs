namespace CityCrm.CaseCore.Workflow;

/// <summary>A named rule of the workflow file: on a trigger, when its conditions hold, run its actions in order.</summary>
public sealed class WorkflowRule
{
    public string Name { get; set; } = "";

    /// <summary>One of <see cref="WorkflowTrigger.All"/>.</summary>
    public string On { get; set; } = WorkflowTrigger.Create;

    public WorkflowCondition When { get; set; } = new();

    public List<WorkflowAction> Then { get; set; } = [];
}
