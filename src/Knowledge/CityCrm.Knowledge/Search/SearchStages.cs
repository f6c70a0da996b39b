using System.Diagnostics;

namespace CityCrm.Knowledge.Search;

/// <summary>
/// Where one search's time and allocations went, step by step, and how much work it was, for the benchmark's report of
/// its slowest questions: a tail made of one step calls for a different fix than one spread over all.
/// A search records into it only when it is set on <see cref="KnowledgeSearch.Stages"/>; an instance
/// serves one thread, and <see cref="Take"/> hands over and clears what the last searches recorded.
/// </summary>
internal sealed class SearchStages
{
    public const int Analyze = 0;
    public const int Expand = 1;
    public const int Weigh = 2;
    public const int Lucene = 3;
    public const int Rank = 4;
    public const int Hits = 5;

    /// <summary>The steps' names, in the order of their constants.</summary>
    public static IReadOnlyList<string> Names { get; } = ["analyze", "expand", "weigh", "search", "rank", "hits"];

    private readonly long[] ticks = new long[Names.Count];
    private readonly long[] bytes = new long[Names.Count];
    private long last;
    private long lastAllocated;
    private int runs;
    private int terms;
    private int misspelled;
    private int matched;

    /// <summary>A search of one language begins (a question may search both).</summary>
    public void Start()
    {
        runs++;
        lastAllocated = GC.GetAllocatedBytesForCurrentThread();
        last = Stopwatch.GetTimestamp();
    }

    /// <summary>The step <paramref name="stage"/> ends now; its time runs from the end of the step before.</summary>
    public void Reached(int stage)
    {
        var now = Stopwatch.GetTimestamp();
        ticks[stage] += now - last;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        bytes[stage] += allocated - lastAllocated;
        lastAllocated = allocated;
        last = Stopwatch.GetTimestamp();
    }

    /// <summary>The question's weighed terms, and how many of them are looked up as misspellings.</summary>
    public void Counted(int termCount, int misspellingCount)
    {
        terms += termCount;
        misspelled += misspellingCount;
    }

    /// <summary>How many articles the Lucene query matched (the postings it had to score).</summary>
    public void Matched(int total) => matched += total;

    /// <summary>What was recorded since the last call, then cleared.</summary>
    public StageTimes Take()
    {
        var taken = new StageTimes([.. ticks.Select(t => t * 1000.0 / Stopwatch.Frequency)], [.. bytes], runs, terms, misspelled, matched);
        Array.Clear(ticks);
        Array.Clear(bytes);
        runs = terms = misspelled = matched = 0;
        return taken;
    }
}
