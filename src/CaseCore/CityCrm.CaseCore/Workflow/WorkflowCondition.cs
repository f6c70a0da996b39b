namespace CityCrm.CaseCore.Workflow;

/// <summary>
/// A rule's "when": every condition that is set must hold. Lists match any of their entries; attribute answers
/// match when any of the case's answers for that code is listed; keywords are looked for in the description as whole
/// words, ignoring case; the area is a polygon of [latitude, longitude] corners (two corners make a box).
/// </summary>
public sealed class WorkflowCondition
{
    public List<string> Services { get; set; } = [];

    public List<string> Groups { get; set; } = [];

    public Dictionary<string, List<string>> Attributes { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public List<string> Keywords { get; set; } = [];

    public List<double[]> Area { get; set; } = [];

    /// <summary>For "age" rules the age at which the rule runs; for the others a minimum age.</summary>
    public double? OlderThanHours { get; set; }

    /// <summary>Statuses by name ("new", "open", "in-progress", "on-hold", "closed"); empty means any that is not closed.</summary>
    public List<string> Statuses { get; set; } = [];

    public List<string> Priorities { get; set; } = [];
}
