using System.Text.Json;
using System.Text.Json.Serialization;
using CityCrm.CaseCore.Sla;

namespace CityCrm.CaseCore.Workflow;

/// <summary>
/// The workflow file (<c>services/workflow.json</c>): the working calendar, resolution targets for services whose
/// catalogue entry has none, the resolution codes staff close with, and the rules. Adding a rule is an edit of this
/// file, never of code.
/// </summary>
public sealed class WorkflowDocument
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public WorkingCalendarOptions Calendar { get; set; } = new();

    public Dictionary<string, ServiceTarget> Targets { get; set; } = new(StringComparer.Ordinal);

    public List<string> ResolutionCodes { get; set; } = [Case.DefaultResolution, "duplicate", "no-action-needed", "referred", "unable-to-locate"];

    public List<WorkflowRule> Rules { get; set; } = [];

    /// <summary>Reads and checks a workflow file; <see cref="InvalidOperationException"/> names the first mistake.</summary>
    public static WorkflowDocument Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Parse(File.ReadAllText(path), path);
    }

    public static WorkflowDocument Parse(string json, string source = "workflow")
    {
        WorkflowDocument document;
        try
        {
            document = JsonSerializer.Deserialize<WorkflowDocument>(json, Json) ?? new WorkflowDocument();
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"{source}: {e.Message}", e);
        }
        document.Check(source);
        return document;
    }

    private void Check(string source)
    {
        foreach (var rule in Rules)
        {
            var name = string.IsNullOrWhiteSpace(rule.Name) ? throw new InvalidOperationException($"{source}: every rule needs a name.") : rule.Name;
            if (!WorkflowTrigger.All.Contains(rule.On))
                throw new InvalidOperationException($"{source}: rule '{name}' runs on '{rule.On}'; use one of {string.Join(", ", WorkflowTrigger.All)}.");
            if (rule.On == WorkflowTrigger.Age && rule.When.OlderThanHours is not > 0)
                throw new InvalidOperationException($"{source}: age rule '{name}' needs when.olderThanHours.");
            if (rule.When.Area.Any(c => c.Length != 2) || rule.When.Area.Count == 1)
                throw new InvalidOperationException($"{source}: rule '{name}' has an area corner that is not [latitude, longitude].");
            foreach (var action in rule.Then)
            {
                if (!WorkflowActionNames.All.Contains(action.Do))
                    throw new InvalidOperationException($"{source}: rule '{name}' has action '{action.Do}'; use one of {string.Join(", ", WorkflowActionNames.All)}.");
                if (action.Do == WorkflowActionNames.RequireApproval && (string.IsNullOrWhiteSpace(action.Role) || !CaseActions.Transitions.Contains(action.Before ?? "")))
                    throw new InvalidOperationException($"{source}: rule '{name}' requires approval without a role or a status change ('before': {string.Join(", ", CaseActions.Transitions)}).");
                if (action.Do == WorkflowActionNames.NotifyGroup && string.IsNullOrWhiteSpace(action.Group))
                    throw new InvalidOperationException($"{source}: rule '{name}' notifies a group without naming it.");
            }
        }
    }
}
