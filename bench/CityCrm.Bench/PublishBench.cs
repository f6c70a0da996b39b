using System.Diagnostics;
using CityCrm.Knowledge;
using CityCrm.Knowledge.Indexing;

namespace CityCrm.Bench;

/// <summary>
/// Times publish-to-searchable: from the call that indexes a new article until a search finds it, polling
/// every millisecond. Its floor is the configured background reopen interval, the staleness the index
/// allows by design; trials start at random moments so that they fall anywhere in the reopen cycle.
/// </summary>
internal static class PublishBench
{
    /// <summary>Milliseconds the slowest trial may take.</summary>
    public const double TargetMaxMs = 1000;

    private static readonly TimeSpan GiveUp = TimeSpan.FromSeconds(5);

    public static async Task<List<Figure>> RunAsync(
        LuceneArticleIndex index, IKnowledgeSearch search, KnowledgeOptions options, int corpusSize, int trials)
    {
        var label = BuildBench.Label(corpusSize);
        var random = new Random(11);
        var times = new List<double>(trials);
        var indexCalls = new List<double>(trials);
        for (var trial = 0; trial < trials; trial++)
        {
            await Task.Delay(random.Next(0, (int)options.RefreshInterval.TotalMilliseconds + 50));
            var word = $"quokka{trial:D2}";
            var article = new Article(
                $"bench-probe-{trial}",
                $"Adopt a {word} from the city shelter",
                $"The shelter has one {word} ready for adoption.",
                $"Visit the shelter to meet the {word}.",
                [$"Can I adopt a {word}?"],
                [word],
                "Animal Services");
            var start = Stopwatch.GetTimestamp();
            index.Index(article);
            indexCalls.Add(Percentiles.Milliseconds(Stopwatch.GetTimestamp() - start));
            times.Add(await WaitUntilFoundAsync(search, word, article.Id, start));
        }
        var found = new Percentiles(times);
        var calls = new Percentiles(indexCalls);
        var interval = options.RefreshInterval.TotalMilliseconds;
        Console.Error.WriteLine($"  publish: Index() call itself (commit included) p50 {calls.At(50):0.0} ms, max {calls.Max:0.0} ms");
        return
        [
            new($"publish.{label}.p50", found.At(50), interval, "ms", null, LowerIsBetter: true),
            new($"publish.{label}.max", found.Max, interval, "ms", TargetMaxMs, LowerIsBetter: true),
        ];
    }

    private static async Task<double> WaitUntilFoundAsync(IKnowledgeSearch search, string word, string id, long start)
    {
        while (true)
        {
            var result = await search.SearchAsync(word, 1, CancellationToken.None);
            var elapsed = Percentiles.Milliseconds(Stopwatch.GetTimestamp() - start);
            if (result.Hits.Count > 0 && result.Hits[0].ArticleId == id)
                return elapsed;
            if (elapsed > GiveUp.TotalMilliseconds)
                return elapsed;
            Thread.Sleep(1);
        }
    }
}
