namespace CityCrm.CaseCore.Workflow;

/// <summary>
/// Something a workflow rule, a timer or an approval wants people told about. <see cref="Kind"/> is one of the
/// constants; <see cref="To"/> is a group or role ("supervisor"), an agent id, or empty for the resident.
/// </summary>
public sealed record CaseAlert(string Kind, string Reference, string To, string Message, string Source)
{
    /// <summary>
    /// Identifies this alert across deliveries (derived from the timer that raised it), so a resident notice delivered
    /// again after a restart is not sent twice; null for alerts delivered once, in the request that raised them.
    /// </summary>
    public string? Key { get; init; }

    /// <summary>Tell the resident who reported the case, on their channel.</summary>
    public const string Requester = "requester";

    /// <summary>Tell a group or role of staff.</summary>
    public const string Group = "group";

    /// <summary>A supervisor should look at the case.</summary>
    public const string Escalation = "escalation";

    /// <summary>A change waits for an approver of the role in <see cref="To"/>.</summary>
    public const string ApprovalRequested = "approval-requested";

    /// <summary>An approver decided; <see cref="To"/> is the agent who asked for the change.</summary>
    public const string ApprovalDecided = "approval-decided";
}
