using CityCrm.CaseCore.Streets;

namespace CityCrm.CaseCore.Tests.Streets;

/// <summary>The demo city's gazetteer shipped with the host.</summary>
public static class StreetFile
{
    public static string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetDirectoryName(CatalogFile.Path))!, "streets", "streets.json");

    public static StreetGazetteer Gazetteer { get; } = StreetGazetteer.Load(Path);

    public static StreetResolver Resolver { get; } = new(Gazetteer);
}
