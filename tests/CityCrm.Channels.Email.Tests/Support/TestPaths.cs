namespace CityCrm.Channels.Email.Tests.Support;

/// <summary>Finds the repository (tests/node, the host's templates, the payloads) from the test's own location.</summary>
public static class TestPaths
{
    public static string Root { get; } = FindRoot();

    public static string NodeDirectory => Path.Combine(Root, "tests", "node");

    public static string EmailTemplates => Path.Combine(Root, "bots", "City311", "templates", "email");

    public static string Payload(string name) => Path.Combine(AppContext.BaseDirectory, "Payloads", name);

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
