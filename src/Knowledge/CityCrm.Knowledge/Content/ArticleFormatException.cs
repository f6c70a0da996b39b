namespace CityCrm.Knowledge.Content;

/// <summary>An article file that cannot be read, with the file and line at fault.</summary>
/// <param name="source">The file (or other source name) that holds the article.</param>
/// <param name="line">The 1-based line of the problem, when it is tied to one line.</param>
/// <param name="problem">What is wrong, without the location.</param>
public sealed class ArticleFormatException(string source, int? line, string problem)
    : FormatException(line is { } l ? $"{source}, line {l}: {problem}" : $"{source}: {problem}")
{
    /// <summary>The file (or other source name) that holds the article.</summary>
    public new string Source { get; } = source;

    /// <summary>The 1-based line of the problem, when it is tied to one line.</summary>
    public int? Line { get; } = line;

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; } = problem;
}
