using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityCrm.Open311;

/// <summary>
/// Writes an answer as JSON or as XML. XML is derived from the JSON form, so the two never disagree: objects become
/// elements named by their members, a list becomes a wrapper element holding one element per item (services/service,
/// attributes/attribute, service_requests/request, ...), and a null becomes an empty element, as DC's answers show.
/// </summary>
public static class Open311Writer
{
    public const string JsonType = "application/json; charset=utf-8";
    public const string XmlType = "text/xml; charset=utf-8";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    // The element name of one item of each list the spec defines.
    private static readonly Dictionary<string, string> ItemNames = new(StringComparer.Ordinal)
    {
        ["services"] = "service",
        ["attributes"] = "attribute",
        ["values"] = "value",
        ["endpoints"] = "endpoint",
        ["formats"] = "format",
        ["service_requests"] = "request",
        ["errors"] = "error",
    };

    /// <summary>The answer with status <paramref name="status"/>; <paramref name="root"/> names the XML document element.</summary>
    public static ContentHttpResult Write<T>(T value, Open311Format format, string root, int status = StatusCodes.Status200OK)
    {
        var node = JsonSerializer.SerializeToNode(value, Json);
        return format == Open311Format.Json
            ? TypedResults.Text(node?.ToJsonString(Json) ?? "null", JsonType, Encoding.UTF8, status)
            : TypedResults.Text(ToXml(root, node), XmlType, Encoding.UTF8, status);
    }

    /// <summary>Errors as the spec lists them: a JSON array of {code, description}, or &lt;errors&gt;&lt;error&gt;...</summary>
    public static ContentHttpResult Errors(Open311Exception error, Open311Format format) =>
        Write(error.Errors, format, "errors", error.Status);

    internal static string ToXml(string root, JsonNode? node)
    {
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), Element(root, node));
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
            document.Save(writer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static XElement Element(string name, JsonNode? node) => node switch
    {
        null => new XElement(name),
        JsonObject obj => new XElement(name, obj.Select(member => Element(member.Key, member.Value))),
        JsonArray array => new XElement(name, array.Select(item => Element(ItemName(name), item))),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => new XElement(name, value.GetValue<string>()),
        _ => new XElement(name, node.ToJsonString()),
    };

    private static string ItemName(string list) =>
        ItemNames.TryGetValue(list, out var item) ? item : throw new InvalidOperationException($"No XML item name for the list '{list}'.");
}
