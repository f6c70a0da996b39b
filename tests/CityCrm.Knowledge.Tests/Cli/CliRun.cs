using CityCrm.City311.Cli;

namespace CityCrm.Knowledge.Tests.Cli;

/// <summary>Runs one <c>kb</c> command in process, with its standard streams captured.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public string[] OutputLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static async Task<CliRun> RunWithInputAsync(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await KnowledgeCli.RunAsync(args, input, output, error, CancellationToken.None);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public static Task<CliRun> RunAsync(params string[] args) => RunWithInputAsync("", args);
}
