using System.Diagnostics;
using System.Reflection;
using CityCrm.Knowledge;
using CityCrm.Knowledge.Indexing;
using CityCrm.Knowledge.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CityCrm.Bench;

/// <summary>
/// Times <see cref="IKnowledgeSearch.SearchAsync(string, int, CancellationToken)"/> over generated questions, after a warm-up, against
/// a floor: one <see cref="TermQuery"/> on the id field through the index's own
/// <see cref="SearcherManager"/> (acquire, search, release), the cheapest search the index can do.
/// </summary>
internal static class QueryBench
{
    /// <summary>Milliseconds the 99th percentile of a search may take at 50k articles.</summary>
    public const double TargetP99Ms50k = 5;

    /// <param name="slowest">Above 0, each search's steps are recorded and this many of the slowest questions are reported on stderr.</param>
    public static async Task<List<Figure>> RunAsync(
        LuceneArticleIndex index, KnowledgeSearch search, IReadOnlyList<string> questions, IReadOnlyList<string> ids, int warmUp, int slowest = 0)
    {
        var label = BuildBench.Label(ids.Count);
        foreach (var question in questions.Take(warmUp))
            await search.SearchAsync(question, 5, CancellationToken.None);
        var stages = slowest > 0 ? new SearchStages() : null;
        search.Stages = stages;
        var timings = new List<QuestionTiming>(questions.Count);
        var collections = GcCounts.Now();
        foreach (var question in questions)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var cpu = ThreadCpu.Milliseconds();
            var start = Stopwatch.GetTimestamp();
            // The search completes synchronously, so the thread's CPU clock covers all of its work.
            var result = await search.SearchAsync(question, 5, CancellationToken.None);
            var wall = Percentiles.Milliseconds(Stopwatch.GetTimestamp() - start);
            var cpuTime = ThreadCpu.Milliseconds() - cpu;
            timings.Add(new(question, wall, cpuTime, GC.GetAllocatedBytesForCurrentThread() - allocated, result.Decision == AnswerDecision.Answer, stages?.Take()));
        }
        search.Stages = null;
        collections = GcCounts.Now().Since(collections);
        Console.Error.WriteLine($"  {label}: {timings.Count(t => t.Answered)} of {questions.Count} questions answered outright");
        if (slowest > 0)
            SlowestReport.Print(Console.Error, label, timings, slowest, collections);
        var searchTimes = timings.Select(t => t.WallMs).ToList();
        var searchCpu = timings.Select(t => t.CpuMs).ToList();

        var (floorTimes, floorCpu) = Floor(Manager(index), ids, questions.Count, warmUp);
        var real = new Percentiles(searchTimes);
        var floor = new Percentiles(floorTimes);
        var is50k = ids.Count == 50_000;
        List<Figure> figures =
        [
            new($"query.{label}.p50", real.At(50), floor.At(50), "ms", null, LowerIsBetter: true),
            new($"query.{label}.p99", real.At(99), floor.At(99), "ms", is50k ? TargetP99Ms50k : null, LowerIsBetter: true),
        ];
        if (ThreadCpu.Available)
        {
            // The same searches' CPU time: what is left of the tail once the machine's load is taken out.
            var cpu = new Percentiles(searchCpu);
            var floorCpuTimes = new Percentiles(floorCpu);
            figures.Add(new($"query.{label}.cpu.p50", cpu.At(50), floorCpuTimes.At(50), "ms", null, LowerIsBetter: true));
            figures.Add(new($"query.{label}.cpu.p99", cpu.At(99), floorCpuTimes.At(99), "ms", null, LowerIsBetter: true));
        }
        return figures;
    }

    private static (List<double> Wall, List<double> Cpu) Floor(SearcherManager manager, IReadOnlyList<string> ids, int count, int warmUp)
    {
        var random = new Random(7);
        var times = new List<double>(count);
        var cpuTimes = new List<double>(count);
        for (var i = 0; i < warmUp + count; i++)
        {
            var query = new TermQuery(new Term("id", ids[random.Next(ids.Count)]));
            var cpu = ThreadCpu.Milliseconds();
            var start = Stopwatch.GetTimestamp();
            var searcher = manager.Acquire();
            try
            {
                if (searcher.Search(query, 1).TotalHits != 1)
                    throw new InvalidOperationException("The id floor query missed its article.");
            }
            finally
            {
                manager.Release(searcher);
            }
            if (i >= warmUp)
            {
                times.Add(Percentiles.Milliseconds(Stopwatch.GetTimestamp() - start));
                cpuTimes.Add(ThreadCpu.Milliseconds() - cpu);
            }
        }
        return (times, cpuTimes);
    }

    /// <summary>
    /// The index keeps its searcher manager private; the bench reads it by reflection so that the floor
    /// goes through the very manager the search uses, without widening the library's surface for it.
    /// </summary>
    private static SearcherManager Manager(LuceneArticleIndex index) =>
        typeof(LuceneArticleIndex).GetField("searchers", BindingFlags.NonPublic | BindingFlags.Instance)?.GetValue(index) as SearcherManager
        ?? throw new InvalidOperationException("LuceneArticleIndex no longer has a 'searchers' SearcherManager field; update the bench.");
}
