using CityCrm.CaseCore.Sla;

namespace CityCrm.CaseCore.Workflow;

/// <summary>
/// Runs the workflow file's rules on a case: for a trigger, each rule whose conditions hold applies its actions to
/// the case (in file order) and the engine returns the alerts they ask for. It also says which durable timers a case
/// needs (SLA at 75%, SLA breached, each age rule).
/// </summary>
public sealed class WorkflowEngine(WorkflowDocument document, IServiceCatalog catalog, SlaPolicy sla)
{
    public const string Actor = "workflow";
    public const string AgePrefix = "age:";
    /// <summary>The role escalations go to (the staff role of the same name).</summary>
    public const string SupervisorRole = "supervisor";
    private const double SlaWarningShare = 0.75;

    public WorkflowDocument Document => document;

    /// <summary>
    /// Applies the matching rules for <paramref name="trigger"/>; with <paramref name="onlyRule"/> only that rule (an
    /// age timer). Returns the alerts to deliver once the case is saved.
    /// </summary>
    public IReadOnlyList<CaseAlert> Run(string trigger, Case target, DateTimeOffset now, string? onlyRule = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        var alerts = new List<CaseAlert>();
        foreach (var rule in document.Rules.Where(r => r.On == trigger && (onlyRule is null || r.Name == onlyRule)))
        {
            if (!Matches(rule.When, target, now))
                continue;
            foreach (var action in rule.Then)
                Apply(rule, action, target, now, alerts);
        }
        return alerts;
    }

    /// <summary>Whether every set condition holds for the case now.</summary>
    public bool Matches(WorkflowCondition when, Case c, DateTimeOffset now)
    {
        var service = catalog.Find(c.ServiceCode);
        return (when.Services.Count == 0 || when.Services.Contains(c.ServiceCode, StringComparer.OrdinalIgnoreCase))
            && (when.Groups.Count == 0 || service is not null && when.Groups.Contains(service.Group, StringComparer.OrdinalIgnoreCase))
            && when.Attributes.All(a => Answers(c, a.Key).Any(v => a.Value.Contains(v, StringComparer.OrdinalIgnoreCase)))
            && (when.Keywords.Count == 0 || when.Keywords.Any(k => HasWords(c.Description, k)))
            && (when.Area.Count == 0 || c.Point is { } p && Area(when.Area).Contains(p))
            && (when.OlderThanHours is not { } hours || now - c.CreatedAt >= TimeSpan.FromHours(hours))
            && (when.Statuses.Count == 0 ? !c.IsClosed : when.Statuses.Any(s => StatusName(c.Status) == s.ToLowerInvariant()))
            && (when.Priorities.Count == 0 || when.Priorities.Any(s => string.Equals(s, c.Priority.ToString(), StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The timers a case needs, by name: SLA at 75% and breached when it is due, and one per age rule.</summary>
    public IReadOnlyList<(string Name, DateTimeOffset DueAt)> TimersFor(Case c)
    {
        var timers = new List<(string, DateTimeOffset)>();
        if (c.DueAt is { } due && catalog.Find(c.ServiceCode) is { } service && sla.PointAt(service, c.CreatedAt, SlaWarningShare) is { } warning)
        {
            timers.Add((WorkflowTrigger.Sla75, warning));
            timers.Add((WorkflowTrigger.SlaBreached, due));
        }
        foreach (var rule in document.Rules.Where(r => r.On == WorkflowTrigger.Age && r.When.OlderThanHours is > 0))
            timers.Add((AgePrefix + rule.Name, c.CreatedAt.AddHours(rule.When.OlderThanHours!.Value)));
        return timers;
    }

    /// <summary>"new", "open", "in-progress", "on-hold", "closed": the names the workflow file and the API use.</summary>
    public static string StatusName(CaseStatus status) => status switch
    {
        CaseStatus.InProgress => "in-progress",
        CaseStatus.OnHold => "on-hold",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static void Apply(WorkflowRule rule, WorkflowAction action, Case c, DateTimeOffset now, List<CaseAlert> alerts)
    {
        var source = "rule " + rule.Name;
        switch (action.Do)
        {
            case WorkflowActionNames.Assign when !c.IsClosed && (action.Queue is { } q && q != c.Queue || action.Person is { } who && who != c.Assignee):
                c.Assign(action.Queue, action.Person, Actor, now);
                break;
            case WorkflowActionNames.Priority when action.Priority is { } priority && priority != c.Priority:
                c.SetPriority(priority, Actor, now);
                break;
            case WorkflowActionNames.RequireApproval:
                c.RequireApproval(action.Before!, action.Role!, Actor, now);
                break;
            case WorkflowActionNames.NotifyRequester:
                alerts.Add(new CaseAlert(CaseAlert.Requester, c.Reference, "", action.Message ?? "", source));
                break;
            case WorkflowActionNames.NotifyGroup:
                alerts.Add(new CaseAlert(CaseAlert.Group, c.Reference, action.Group!, action.Message ?? $"Case {c.Reference} ({c.ServiceName}) needs attention.", source));
                break;
            case WorkflowActionNames.Escalate when !c.IsClosed && c.EscalatedAt is null:
                var why = action.Message ?? $"{rule.Name} ({rule.On})";
                c.Escalate(Actor, why, now);
                alerts.Add(new CaseAlert(CaseAlert.Escalation, c.Reference, SupervisorRole, $"Case {c.Reference} escalated: {why}", source));
                break;
            case WorkflowActionNames.Tasks:
                c.AddTasks(action.Tasks, Actor, now);
                break;
        }
    }

    private static IEnumerable<string> Answers(Case c, string code) =>
        c.Attributes.Where(kv => string.Equals(kv.Key, code, StringComparison.OrdinalIgnoreCase)).SelectMany(kv => kv.Value);

    private static CityBoundary Area(List<double[]> corners)
    {
        var points = corners.Select(c => new GeoPoint(c[0], c[1])).ToList();
        if (points.Count == 2)
        {
            var (a, b) = (points[0], points[1]);
            points = [a, new GeoPoint(a.Latitude, b.Longitude), b, new GeoPoint(b.Latitude, a.Longitude)];
        }
        return new CityBoundary(points);
    }

    // Whole words, so "tree" does not match "street".
    private static bool HasWords(string text, string phrase)
    {
        var words = phrase.Trim();
        if (words.Length == 0)
            return false;
        var index = 0;
        while ((index = text.IndexOf(words, index, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var before = index == 0 || !char.IsLetterOrDigit(text[index - 1]);
            var end = index + words.Length;
            var after = end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (before && after)
                return true;
            index = end;
        }
        return false;
    }
}
