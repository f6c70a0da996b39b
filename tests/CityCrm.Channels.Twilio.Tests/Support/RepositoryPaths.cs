namespace CityCrm.Channels.Twilio.Tests.Support;

/// <summary>Finds the repository (and so tests/node) from the test's own location.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string NodeDirectory => Path.Combine(Root, "tests", "node");

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
