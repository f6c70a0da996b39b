using CityCrm.City311.Cli;

namespace CityCrm.City311.Tests.Cli;

/// <summary>Runs one <c>cases</c> command in process, with its standard streams captured, and finds the files it reads.</summary>
public sealed record CasesCliRun(int ExitCode, string Stdout, string Stderr)
{
    public static string Root { get; } = FindRoot();

    public static string DemoCatalog => Path.Combine(Root, "bots", "City311", "services", "catalog.json");

    public static string EvalFile(string name) => Path.Combine(Root, "bots", "City311", "cases-eval", name);

    /// <summary>Boston's real Open311 list, from the shared data beside the repository (never copied into it).</summary>
    public static string BostonServices { get; } = FindBoston();

    public string[] OutputLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static async Task<CasesCliRun> RunAsync(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CasesCli.RunAsync(args, input, output, error, CancellationToken.None);
        return new CasesCliRun(code, output.ToString(), error.ToString());
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CityCrm.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("CityCrm.sln not found above " + AppContext.BaseDirectory);
    }

    private static string FindBoston()
    {
        for (var dir = new DirectoryInfo(Root); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "shared", "data", "open311", "boston", "services.json");
            if (File.Exists(path))
                return path;
        }
        throw new InvalidOperationException("shared/data/open311/boston/services.json not found above " + Root);
    }
}
