namespace CityCrm.Open311.Tests.Support;

/// <summary>
/// The real Open311 files (JSON Schemas, DC's and Boston's answers) in the <c>shared/data/open311</c> folder that sits
/// beside the repository: found by walking up from the test's folder, so it works from a clone and from a worktree.
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root.Value, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "data", "open311");
            if (Directory.Exists(candidate))
                return candidate;
        }
        throw new DirectoryNotFoundException($"No shared/data/open311 folder above {AppContext.BaseDirectory}.");
    }
}
