using System.Globalization;
using System.Text.Json;

namespace CityCrm.CaseCore.Catalog;

/// <summary>
/// Reads the city's own <c>catalog.json</c>: an array of services with code, name, department, description,
/// keywords (an array), group, attributes (the Open311 attribute shape, with Boston's dependencies),
/// targetResolution ("3.00:00:00" or a number of hours), calendar ("business-hours" or "24x7") and locationRequired.
/// </summary>
internal static class CatalogJsonReader
{
    public static IReadOnlyList<ServiceDefinition> Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Array)
            throw new InvalidDataException("A catalogue is a JSON array of services.");
        return [.. root.EnumerateArray().Select(Service)];
    }

    private static ServiceDefinition Service(JsonElement s)
    {
        var code = Open311Json.String(s, "code") ?? "";
        var keywords = Open311Json.Property(s, "keywords") is { ValueKind: JsonValueKind.Array } list
            ? list.EnumerateArray().Select(k => k.GetString() ?? "").Where(k => k.Length > 0).ToList()
            : [];
        return new ServiceDefinition(
            code,
            Open311Json.String(s, "name") ?? "",
            Open311Json.String(s, "department") ?? "",
            Open311Json.String(s, "description") ?? "",
            keywords)
        {
            Group = Open311Json.String(s, "group") ?? "",
            Attributes = Open311Json.Attributes(s),
            TargetResolution = Target(s, code),
            Calendar = Calendar(Open311Json.String(s, "calendar"), code),
            LocationRequired = Open311Json.Bool(s, "locationRequired") ?? true,
        };
    }

    private static TimeSpan? Target(JsonElement s, string code) => Open311Json.Property(s, "targetResolution") switch
    {
        null or { ValueKind: JsonValueKind.Null } => null,
        { ValueKind: JsonValueKind.Number } hours => TimeSpan.FromHours(hours.GetDouble()),
        { ValueKind: JsonValueKind.String } text when TimeSpan.TryParse(text.GetString(), CultureInfo.InvariantCulture, out var t) && t > TimeSpan.Zero => t,
        var other => throw new InvalidDataException($"Service '{code}' has a targetResolution '{other}' that is neither a time span nor hours."),
    };

    public static string? Calendar(string? text, string code) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "business-hours" => "business-hours",
        "24x7" => "24x7",
        _ => throw new InvalidDataException($"Service '{code}' has calendar '{text}'; use business-hours or 24x7."),
    };
}
