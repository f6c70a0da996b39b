namespace CityCrm.EndToEnd.Tests.Hosting;

/// <summary>Finds the repository and the host's build output from the test's own location.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>"Debug" or "Release": the host was built with the same configuration as this test assembly.</summary>
    public static string Configuration { get; } =
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Release" : "Debug";

    public static string HostProjectDirectory => Path.Combine(Root, "bots", "City311");

    public static string HostAssembly => Path.Combine(HostProjectDirectory, "bin", Configuration, "net10.0", "City311.dll");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CityCrm.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("CityCrm.sln not found above " + AppContext.BaseDirectory);
    }
}
