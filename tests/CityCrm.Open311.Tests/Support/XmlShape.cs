using System.Xml.Linq;

namespace CityCrm.Open311.Tests.Support;

/// <summary>The element paths of an XML document ("services/service/service_code"), the structure without the values.</summary>
internal static class XmlShape
{
    public static SortedSet<string> Paths(XDocument document) =>
        new(document.Root!.DescendantsAndSelf().Select(Path), StringComparer.Ordinal);

    /// <summary>The child element names of every element at <paramref name="path"/>, in document order, once each.</summary>
    public static IReadOnlyList<string> Children(XDocument document, string path) =>
        document.Root!.DescendantsAndSelf().Where(e => Path(e) == path)
            .SelectMany(e => e.Elements().Select(c => c.Name.LocalName)).Distinct().ToList();

    private static string Path(XElement element) =>
        string.Join("/", element.AncestorsAndSelf().Reverse().Select(e => e.Name.LocalName));
}
