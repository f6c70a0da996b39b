namespace CityCrm.CaseCore.Tests.Catalog;

/// <summary>
/// The shared real Open311 data (Boston, DC) beside the repository: <c>../shared/data/open311</c> from the repository's
/// parent, or the first <c>shared/data/open311</c> found walking up from the test binaries. Never copied into the project.
/// </summary>
public static class SharedData
{
    public static string Open311 { get; } = Find();

    public static string Boston(string file) => Path.Combine(Open311, "boston", file);

    public static string Dc(string file) => Path.Combine(Open311, "dc", file);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "data", "open311"), Path.Combine(dir.FullName, "..", "shared", "data", "open311") })
            {
                if (File.Exists(Path.Combine(candidate, "boston", "services.json")))
                    return Path.GetFullPath(candidate);
            }
        }
        throw new InvalidOperationException("shared/data/open311 not found above " + AppContext.BaseDirectory);
    }
}
