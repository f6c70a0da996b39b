namespace CityCrm.CaseCore.Workflow;

/// <summary>
/// One of a rule's "then" steps; <see cref="Do"/> says which, and the other properties are its settings:
/// "assign" (queue and/or person), "priority" (priority), "require-approval" (role, before: a status change such as
/// "close"), "notify-requester" (message, optional), "notify-group" (group, message), "escalate" (message),
/// "tasks" (tasks). The names are in <see cref="WorkflowActionNames"/>.
/// </summary>
public sealed class WorkflowAction
{
    public string Do { get; set; } = "";

    public string? Queue { get; set; }

    public string? Person { get; set; }

    public CasePriority? Priority { get; set; }

    public string? Role { get; set; }

    public string? Before { get; set; }

    public string? Group { get; set; }

    public string? Message { get; set; }

    public List<string> Tasks { get; set; } = [];
}
