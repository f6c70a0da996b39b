namespace CityCrm.City311.Cli;

/// <summary>
/// The knowledge command line, <c>City311 kb &lt;import|export|query|eval&gt; ...</c>, run instead of the web host.
/// Its commands, options and output formats are a public contract other tooling relies on.
/// </summary>
public static class KnowledgeCli
{
    public const int Success = 0;
    public const int UsageError = 1;
    public const int InvalidInput = 2;

    private const string Usage = """
        usage:
          kb import --data <dir> --replace <file.jsonl|folder> [--continue-on-error]
          kb export --data <dir> --out <file.jsonl|folder> [--format jsonl|markdown]
          kb query  --data <dir> [--top 5]          (questions on stdin, one JSON line each on stdout)
          kb eval   --data <dir> [--set <file.jsonl>]
        """;

    /// <summary>Runs one command; <paramref name="args"/> are the arguments after <c>kb</c>. Returns the exit code.</summary>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> args, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0)
        {
            await stderr.WriteLineAsync(Usage);
            return UsageError;
        }
        try
        {
            var options = CliOptions.Parse([.. args.Skip(1)]);
            return args[0] switch
            {
                "import" => await ImportCommand.RunAsync(options, stdout, stderr, cancellationToken),
                "export" => await ExportCommand.RunAsync(options, stderr, cancellationToken),
                "query" => await QueryCommand.RunAsync(options, stdin, stdout, cancellationToken),
                "eval" => await EvalCommand.RunAsync(options, stdout, stderr, cancellationToken),
                _ => await Fail(stderr, $"unknown command '{args[0]}'\n{Usage}"),
            };
        }
        catch (ArgumentException e)
        {
            return await Fail(stderr, $"kb {args[0]}: {e.Message}\n{Usage}");
        }
        catch (Lucene.Net.Store.LockObtainFailedException)
        {
            return await Fail(stderr, $"kb {args[0]}: the knowledge index is in use; stop the host serving this data folder first");
        }
    }

    private static async Task<int> Fail(TextWriter stderr, string message)
    {
        await stderr.WriteLineAsync(message);
        return UsageError;
    }
}
