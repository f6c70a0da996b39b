namespace CityCrm.City311.Cli;

/// <summary>
/// The cases command line, <c>City311 cases &lt;suggest|eval|import-history&gt; ...</c>, run instead of the web host.
/// Its commands, options and output formats are a public contract (documented in the README) that measuring
/// tools rely on; <c>suggest</c> ranks exactly as the running host does, with the same <see cref="CaseCore.Suggestions.ServiceRanker"/>.
/// </summary>
public static class CasesCli
{
    private const string Usage = """
        usage:
          cases suggest --catalog <services.json|catalog.json> [--top 3] [--definitions <f1,f2>] [--history <file>] [--data <dir>]
                        (descriptions on stdin, one per line; one JSON line each on stdout, in input order)
          cases eval    --catalog <services.json|catalog.json> [--set <labelled.jsonl>] [--history <file>] [--data <dir>]
          cases import-history --catalog <services.json|catalog.json> --history <file.jsonl|file.csv> [--data <dir>]
        """;

    /// <summary>Runs one command; <paramref name="args"/> are the arguments after <c>cases</c>. Returns the exit code.</summary>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> args, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0)
        {
            await stderr.WriteLineAsync(Usage);
            return KnowledgeCli.UsageError;
        }
        try
        {
            var options = CliOptions.Parse([.. args.Skip(1)]);
            return args[0] switch
            {
                "suggest" => await CasesSuggestCommand.RunAsync(options, stdin, stdout, cancellationToken),
                "eval" => await CasesEvalCommand.RunAsync(options, stdout, cancellationToken),
                "import-history" => await CasesImportHistoryCommand.RunAsync(options, stdout, cancellationToken),
                _ => await Fail(stderr, $"unknown command '{args[0]}'\n{Usage}", KnowledgeCli.UsageError),
            };
        }
        catch (ArgumentException e)
        {
            return await Fail(stderr, $"cases {args[0]}: {e.Message}\n{Usage}", KnowledgeCli.UsageError);
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException)
        {
            return await Fail(stderr, $"cases {args[0]}: {e.Message}", KnowledgeCli.InvalidInput);
        }
    }

    private static async Task<int> Fail(TextWriter stderr, string message, int code)
    {
        await stderr.WriteLineAsync(message);
        return code;
    }
}
