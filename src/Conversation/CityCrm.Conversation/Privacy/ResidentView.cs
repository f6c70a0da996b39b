using System.Text.Json;
using System.Text.Json.Nodes;

namespace CityCrm.Conversations.Privacy;

/// <summary>
/// A contact export cut to what the resident portal shows its owner: no private notes between staff, no staff notes or
/// next actions on the profile, no legal holds.
/// </summary>
internal static class ResidentView
{
    private static readonly string[] StaffSections = ["holds"];
    private static readonly string[] StaffProfileFields = ["notes", "nextActions"];

    public static IReadOnlyList<RecordSection> Of(IReadOnlyList<RecordSection> export) =>
        [.. export.Where(s => !StaffSections.Contains(s.Name)).Select(s => s.Name switch
        {
            "messages" => s with { Rows = [.. s.Rows.Where(r => !IsPrivate(r))] },
            "profile" => s with { Rows = [.. s.Rows.Select(WithoutStaffFields)] },
            _ => s,
        })];

    private static bool IsPrivate(IReadOnlyDictionary<string, object?> row) =>
        row.TryGetValue("is_private", out var value) && Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) != 0;

    private static IReadOnlyDictionary<string, object?> WithoutStaffFields(IReadOnlyDictionary<string, object?> row)
    {
        if (!row.TryGetValue("data", out var value) || value is not JsonElement { ValueKind: JsonValueKind.Object } data)
            return row;
        var node = JsonNode.Parse(data.GetRawText())!.AsObject();
        foreach (var field in StaffProfileFields)
            node.Remove(field);
        var copy = row.ToDictionary(kv => kv.Key, kv => kv.Value);
        copy["data"] = JsonSerializer.Deserialize<JsonElement>(node.ToJsonString());
        return copy;
    }
}
