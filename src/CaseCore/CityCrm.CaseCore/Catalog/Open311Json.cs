using System.Globalization;
using System.Text.Json;

namespace CityCrm.CaseCore.Catalog;

/// <summary>
/// Reads the Open311 attribute shape (code, description, datatype, required, order, variable,
/// datatype_description, values[{key,name}], Boston's dependencies) from JSON. Our own catalogue uses the same
/// shape, so one reader serves both; property names match in snake_case or camelCase.
/// </summary>
internal static class Open311Json
{
    public static IReadOnlyList<ServiceAttribute> Attributes(JsonElement owner)
    {
        if (Property(owner, "attributes") is not { ValueKind: JsonValueKind.Array } array)
            return [];
        return [.. array.EnumerateArray().Select(Attribute).OrderBy(a => a.Order)];
    }

    public static ServiceAttribute Attribute(JsonElement a)
    {
        var code = String(a, "code") ?? throw new InvalidDataException("An attribute has no code.");
        var datatype = String(a, "datatype") ?? "string";
        // Boston's "informational" attributes are text shown to the resident, never asked.
        var informational = datatype.Equals("informational", StringComparison.OrdinalIgnoreCase);
        var variable = !informational && (Bool(a, "variable") ?? true);
        var values = Property(a, "values") is { ValueKind: JsonValueKind.Array } list
            ? list.EnumerateArray().Select(v => new AttributeValue(String(v, "key") ?? "", String(v, "name") ?? String(v, "key") ?? "")).ToList()
            : [];
        return new ServiceAttribute(
            code,
            String(a, "description") ?? "",
            informational ? AttributeDatatype.Text : Datatype(datatype, code),
            Bool(a, "required") ?? false,
            Int(a, "order") ?? 0,
            variable,
            String(a, "datatype_description") ?? String(a, "datatypeDescription"))
        {
            Values = values,
            Condition = Property(a, "dependencies") is { ValueKind: JsonValueKind.Object } d ? Condition(d) : null,
        };
    }

    public static AttributeDatatype Datatype(string text, string code) => text.Trim().ToLowerInvariant() switch
    {
        "string" => AttributeDatatype.String,
        "text" => AttributeDatatype.Text,
        "number" => AttributeDatatype.Number,
        "datetime" => AttributeDatatype.Datetime,
        "singlevaluelist" => AttributeDatatype.SingleValueList,
        "multivaluelist" => AttributeDatatype.MultiValueList,
        _ => throw new InvalidDataException($"Attribute '{code}' has an unknown datatype '{text}'."),
    };

    private static AttributeCondition Condition(JsonElement d)
    {
        var rules = Property(d, "conditions") is { ValueKind: JsonValueKind.Array } conditions
            ? conditions.EnumerateArray().Select(c => new AttributeRule(String(c, "attribute") ?? "", String(c, "op") ?? "eq", String(c, "value") ?? "")).ToList()
            : [];
        return new AttributeCondition(String(d, "clause") ?? "OR", rules);
    }

    public static JsonElement? Property(JsonElement e, string name)
    {
        if (e.ValueKind != JsonValueKind.Object)
            return null;
        foreach (var p in e.EnumerateObject())
        {
            if (string.Equals(p.Name.Replace("_", ""), name.Replace("_", ""), StringComparison.OrdinalIgnoreCase))
                return p.Value;
        }
        return null;
    }

    public static string? String(JsonElement e, string name) => Property(e, name) switch
    {
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
        _ => null,
    };

    public static bool? Bool(JsonElement e, string name) => Property(e, name) switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        { ValueKind: JsonValueKind.String } s when bool.TryParse(s.GetString(), out var b) => b,
        _ => null,
    };

    public static int? Int(JsonElement e, string name) =>
        String(e, name) is { } text && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null;

    public static double? Number(JsonElement e, string name) =>
        String(e, name) is { } text && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
}
