namespace CityCrm.Knowledge.Synonyms;

/// <summary>A synonym list that cannot be used, with the line at fault.</summary>
/// <param name="line">The 1-based line of the problem.</param>
/// <param name="problem">What is wrong, without the location.</param>
public sealed class SynonymFormatException(int line, string problem) : FormatException($"line {line}: {problem}")
{
    /// <summary>The 1-based line of the problem.</summary>
    public int Line { get; } = line;

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; } = problem;
}
