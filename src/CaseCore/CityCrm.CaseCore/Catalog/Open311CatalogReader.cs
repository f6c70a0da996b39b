using System.Text.Json;
using System.Xml.Linq;

namespace CityCrm.CaseCore.Catalog;

/// <summary>
/// Reads a real Open311 GeoReport v2 service list (<c>services.json</c> or <c>services.xml</c>) and, optionally,
/// service definitions (a JSON array of definitions such as Boston's, a single JSON definition, or an XML
/// <c>service_definition</c> such as DC's) that add attributes, the location requirement and the service level.
/// </summary>
public static class Open311CatalogReader
{
    /// <summary>The services of <paramref name="servicesPath"/>, with the definitions found in <paramref name="definitionPaths"/> attached.</summary>
    public static IReadOnlyList<ServiceDefinition> Read(string servicesPath, IEnumerable<string>? definitionPaths = null)
    {
        var services = ReadServices(File.ReadAllText(servicesPath));
        var byCode = services.Select((s, i) => (s.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.OrdinalIgnoreCase);
        foreach (var path in definitionPaths ?? [])
        {
            foreach (var definition in ReadDefinitions(File.ReadAllText(path)))
            {
                if (byCode.TryGetValue(definition.Code, out var i))
                    services[i] = definition.ApplyTo(services[i]);
            }
        }
        return services;
    }

    /// <summary>Parses a service list in JSON or XML (told apart by the first character).</summary>
    public static List<ServiceDefinition> ReadServices(string text) =>
        text.TrimStart().StartsWith('<')
            ? [.. Open311Xml.Services(XDocument.Parse(text))]
            : [.. JsonDocument.Parse(text).RootElement.EnumerateArray().Select(Service)];

    internal static IEnumerable<Open311Definition> ReadDefinitions(string text)
    {
        if (text.TrimStart().StartsWith('<'))
            return [Open311Xml.Definition(XDocument.Parse(text))];
        var root = JsonDocument.Parse(text).RootElement;
        return root.ValueKind == JsonValueKind.Array
            ? [.. root.EnumerateArray().Select(Open311Definition.FromJson)]
            : [Open311Definition.FromJson(root)];
    }

    private static ServiceDefinition Service(JsonElement s)
    {
        var code = Open311Json.String(s, "service_code") ?? "";
        var group = Open311Json.String(s, "group") ?? "";
        return new ServiceDefinition(
            code,
            Open311Json.String(s, "service_name") ?? code,
            Department(s) ?? (group.Length > 0 ? group : "311"),
            Open311Json.String(s, "description") ?? "",
            Keywords(Open311Json.String(s, "keywords")))
        {
            Group = group,
        };
    }

    private static string? Department(JsonElement s) =>
        Open311Json.Property(s, "definitions") is { } d
        && Open311Json.Property(d, "service_departments") is { ValueKind: JsonValueKind.Array } departments
        && departments.GetArrayLength() > 0
            ? Open311Json.String(departments[0], "name")
            : null;

    /// <summary>Open311 keywords are one comma-separated string; Boston's also use semicolons.</summary>
    internal static IReadOnlyList<string> Keywords(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : [.. text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase)];
}
