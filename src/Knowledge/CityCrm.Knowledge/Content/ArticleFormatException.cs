namespace CityCrm.Knowledge.Content;

/// <summary>An article file that cannot be read, with the file and line at fault.</summary>
public sealed class ArticleFormatException : FormatException
{
    public ArticleFormatException(string source, int? line, string problem)
        : base(line is { } l ? $"{source}, line {l}: {problem}" : $"{source}: {problem}")
    {
        Source = source;
        Line = line;
        Problem = problem;
    }

    /// <summary>The file (or other source name) that holds the article.</summary>
    public new string Source { get; }

    /// <summary>The 1-based line of the problem, when it is tied to one line.</summary>
    public int? Line { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }
}
