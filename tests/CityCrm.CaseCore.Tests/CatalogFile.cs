namespace CityCrm.CaseCore.Tests;

/// <summary>The real catalogue shipped with the host, found from the repository root (where CityCrm.sln is).</summary>
public static class CatalogFile
{
    public static string Path { get; } = System.IO.Path.Combine(FindRoot(), "bots", "City311", "services", "catalog.json");

    public static ServiceCatalog Catalog { get; } = ServiceCatalog.Load(Path);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "CityCrm.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("CityCrm.sln not found above " + AppContext.BaseDirectory);
    }
}
