namespace CityCrm.Knowledge.Tests.Support;

/// <summary>Finds the repository's files from the test's output folder.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder holding CityCrm.sln, found by walking up from the test's base directory.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The demo city's article folder, bots/City311/knowledge.</summary>
    public static string KnowledgeContent => Path.Combine(Root, "bots", "City311", "knowledge");

    /// <summary>The demo city's synonym list, bots/City311/knowledge-synonyms.txt.</summary>
    public static string Synonyms => Path.Combine(Root, "bots", "City311", "knowledge-synonyms.txt");

    /// <summary>A sample file shipped with this test project.</summary>
    public static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "Samples", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CityCrm.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"CityCrm.sln not found above {AppContext.BaseDirectory}.");
    }
}
