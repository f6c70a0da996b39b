using System.Globalization;
using System.Xml.Linq;

namespace CityCrm.CaseCore.Catalog;

/// <summary>The XML forms of GeoReport v2 (as Washington DC serves them): a <c>services</c> list and a <c>service_definition</c>.</summary>
internal static class Open311Xml
{
    public static IEnumerable<ServiceDefinition> Services(XDocument doc) =>
        doc.Root!.Elements("service").Select(s =>
        {
            var code = Text(s, "service_code");
            var group = Text(s, "group");
            return new ServiceDefinition(
                code,
                Text(s, "service_name") is { Length: > 0 } name ? name : code,
                group.Length > 0 ? group : "311",
                Text(s, "description"),
                Open311CatalogReader.Keywords(Text(s, "keywords")))
            {
                Group = group,
            };
        });

    public static Open311Definition Definition(XDocument doc)
    {
        var root = doc.Root!;
        var attributes = root.Element("attributes")?.Elements("attribute").Select(Attribute).OrderBy(a => a.Order).ToList() ?? [];
        return new Open311Definition(Text(root, "service_code"), attributes, null, null, null);
    }

    private static ServiceAttribute Attribute(XElement a)
    {
        var code = Text(a, "code");
        return new ServiceAttribute(
            code,
            Text(a, "description"),
            Open311Json.Datatype(Text(a, "datatype") is { Length: > 0 } t ? t : "string", code),
            Bool(a, "required"),
            int.TryParse(Text(a, "order"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var order) ? order : 0,
            Text(a, "variable") is not { Length: > 0 } v || bool.Parse(v),
            Text(a, "datatype_description") is { Length: > 0 } dd ? dd : null)
        {
            Values = a.Element("values")?.Elements("value").Select(v => new AttributeValue(Text(v, "key"), Text(v, "name"))).ToList() ?? [],
        };
    }

    private static bool Bool(XElement e, string name) => bool.TryParse(Text(e, name), out var b) && b;

    private static string Text(XElement e, string name) => e.Element(name)?.Value.Trim() ?? "";
}
