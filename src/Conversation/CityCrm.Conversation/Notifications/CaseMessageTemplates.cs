using System.Collections.Concurrent;
using System.Text.Json;
using CityCrm.CaseCore;
using CityCrm.CaseCore.Workflow;

namespace CityCrm.Conversations.Notifications;

/// <summary>
/// The residents' case notices, per service and language: files <c>{service}.{language}.json</c> and
/// <c>default.{language}.json</c> in one folder, each mapping a status ("open", "in-progress", "on-hold", "closed") or
/// "update" (a workflow rule's message) to a template. A service's own file wins, then the language's default, then
/// English. Files are read once each.
/// </summary>
public sealed class CaseMessageTemplates(string folder)
{
    public const string Update = "update";
    private const string Default = "default";
    private const string English = "en";
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> files = new(StringComparer.Ordinal);

    public string Folder => folder;

    /// <summary>The template for the case's current status; null when no file has one.</summary>
    public string? ForStatus(Case c, string? language) => Find(c.ServiceCode, language, WorkflowEngine.StatusName(c.Status));

    /// <summary>The template for <paramref name="key"/>, by the fallbacks above; null when none has it.</summary>
    public string? Find(string serviceCode, string? language, string key)
    {
        var lang = string.IsNullOrWhiteSpace(language) ? English : language.Split('-')[0].ToLowerInvariant();
        foreach (var (name, l) in new[] { (serviceCode, lang), (Default, lang), (serviceCode, English), (Default, English) })
        {
            if (Read(name, l).TryGetValue(key, out var template) && !string.IsNullOrWhiteSpace(template))
                return template;
        }
        return null;
    }

    private IReadOnlyDictionary<string, string> Read(string name, string language) =>
        files.GetOrAdd($"{name}.{language}", key =>
        {
            // Service codes come from the catalogue, but a file name is never built from anything with a path in it.
            if (key.IndexOfAny(['/', '\\']) >= 0 || key.Contains("..", StringComparison.Ordinal))
                return new Dictionary<string, string>();
            var path = Path.Combine(folder, key + ".json");
            return File.Exists(path)
                ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path)) ?? new Dictionary<string, string>()
                : new Dictionary<string, string>();
        });
}
