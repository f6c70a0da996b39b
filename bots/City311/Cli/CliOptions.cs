namespace CityCrm.City311.Cli;

/// <summary>The <c>--name value</c> options and bare arguments of one <c>kb</c> command.</summary>
public sealed class CliOptions
{
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "--continue-on-error" };

    // Options naming files or folders; a relative one is read from where the command was run (see CallerDirectory).
    private static readonly HashSet<string> Paths = new(StringComparer.Ordinal)
    {
        "--catalog", "--data", "--definitions", "--history", "--out", "--replace", "--set",
    };

    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);
    private readonly List<string> positional = [];

    /// <summary>Parses the arguments after the command name, with relative paths taken from the caller's folder.</summary>
    /// <exception cref="ArgumentException">An option lacks its value.</exception>
    public static CliOptions Parse(IReadOnlyList<string> args) => Parse(args, CallerDirectory.Find());

    /// <summary>Parses the arguments after the command name, with relative paths taken from <paramref name="baseDirectory"/>.</summary>
    /// <exception cref="ArgumentException">An option lacks its value.</exception>
    public static CliOptions Parse(IReadOnlyList<string> args, string baseDirectory)
    {
        var options = new CliOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (Flags.Contains(arg))
                options.flags.Add(arg);
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (i + 1 >= args.Count)
                    throw new ArgumentException($"{arg} needs a value");
                var value = args[++i];
                options.values[arg] = Paths.Contains(arg) ? Rooted(value, baseDirectory) : value;
            }
            else
                options.positional.Add(arg);
        }
        return options;
    }

    // "--definitions" is a comma-separated list: each part is a path of its own.
    private static string Rooted(string value, string baseDirectory) =>
        string.Join(',', value.Split(',').Select(part =>
            part.Trim() is { Length: > 0 } trimmed && !Path.IsPathRooted(trimmed) ? Path.GetFullPath(trimmed, baseDirectory) : part));

    public IReadOnlyList<string> Positional => positional;

    public bool Has(string flag) => flags.Contains(flag);

    public string? Get(string name) => values.GetValueOrDefault(name);

    /// <summary>The data folder, like the host's <see cref="DataFolder"/>: <c>--data</c>, else <c>./data</c>.</summary>
    public DataFolder Data()
    {
        var root = Path.GetFullPath(Get("--data") ?? "data");
        Directory.CreateDirectory(root);
        return new DataFolder(root);
    }

    /// <summary>An integer option within bounds, or <paramref name="fallback"/> when absent.</summary>
    /// <exception cref="ArgumentException">The value is not such an integer.</exception>
    public int Int(string name, int fallback, int min, int max)
    {
        if (Get(name) is not { } text)
            return fallback;
        if (!int.TryParse(text, out var value) || value < min || value > max)
            throw new ArgumentException($"{name} must be a whole number from {min} to {max}");
        return value;
    }
}
