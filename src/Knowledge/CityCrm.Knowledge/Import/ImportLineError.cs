namespace CityCrm.Knowledge.Import;

/// <summary>Why one line (or file) of an import was rejected; <see cref="Line"/> counts from 1.</summary>
/// <param name="Line">The 1-based line at fault, or null when the problem is the whole file.</param>
public sealed record ImportLineError(int? Line, string Message)
{
    /// <summary>The file at fault, for an import from a folder of Markdown files.</summary>
    public string? Source { get; init; }

    public override string ToString() => (Source, Line) switch
    {
        (null, { } line) => $"line {line}: {Message}",
        (null, null) => Message,
        ({ } source, { } line) => $"{source}, line {line}: {Message}",
        ({ } source, null) => $"{source}: {Message}",
    };
}
