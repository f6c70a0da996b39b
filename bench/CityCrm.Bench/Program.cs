using CityCrm.Bench;
using CityCrm.Knowledge;
using CityCrm.Knowledge.Search;

// Knowledge-search benchmark: index build, query latency and publish-to-searchable, each beside a floor
// measured in the same run. Usage: CityCrm.Bench [--sizes 1000,10000,50000] [--queries 1000] [--slowest 20]
// (--slowest N reports on stderr the N slowest questions of each size, with their time per search step).
var sizes = Option(args, "--sizes", "1000,10000,50000").Split(',').Select(int.Parse).ToArray();
var queryCount = int.Parse(Option(args, "--queries", "1000"));
var slowest = int.Parse(Option(args, "--slowest", "0"));
const int Seed = 311;
const int PublishTrials = 20;

var generator = new ArticleGenerator(Seed);
var questions = new QuestionGenerator(generator, Seed + 1);
var root = Path.Combine(Path.GetTempPath(), $"citycrm-bench-{Environment.ProcessId}-{Guid.NewGuid():N}");
var figures = new List<Figure>();
var clock = System.Diagnostics.Stopwatch.StartNew();
Console.Error.WriteLine($"load average at start: {LoadAverage()}");
try
{
    await WarmUpAsync(generator, questions, Path.Combine(root, "warm-up"));
    foreach (var size in sizes)
    {
        Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] {BuildBench.Label(size)} articles: generating, building, querying");
        var generated = generator.Generate(size);
        var articles = generated.Select(g => g.Article).ToList();
        var options = new KnowledgeOptions { IndexPath = Path.Combine(root, size.ToString(), "index") };
        var (built, index) = BuildBench.Run(articles, Path.Combine(root, size.ToString()), options);
        figures.AddRange(built);
        await using (index)
        {
            var search = new KnowledgeSearch(index, options);
            var ids = articles.Select(a => a.Id).ToList();
            var asked = questions.Generate(queryCount, size);
            figures.AddRange(await QueryBench.RunAsync(index, search, asked, ids, warmUp: Math.Max(100, queryCount / 10), slowest));
            if (size == sizes.Max())
                figures.AddRange(await PublishBench.RunAsync(index, search, options, size, PublishTrials));
        }
        Directory.Delete(Path.Combine(root, size.ToString()), recursive: true);
    }
}
finally
{
    if (Directory.Exists(root))
        Directory.Delete(root, recursive: true);
}

Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] load average at end: {LoadAverage()}");
var width = figures.Max(f => f.Name.Length);
Console.WriteLine(Figure.Header(width));
foreach (var figure in figures)
    Console.WriteLine(figure.Line(width));
return figures.Any(f => f.Verdict == "MISS") ? 1 : 0;

// A small run first, thrown away, so that JIT compilation and Lucene's first-use costs are not measured.
static async Task WarmUpAsync(ArticleGenerator generator, QuestionGenerator questions, string folder)
{
    var articles = generator.Generate(500).Select(g => g.Article).ToList();
    var options = new KnowledgeOptions { IndexPath = Path.Combine(folder, "index") };
    var (_, index) = BuildBench.Run(articles, folder, options);
    await using (index)
        await QueryBench.RunAsync(index, new KnowledgeSearch(index, options), questions.Generate(500, 500), [.. articles.Select(a => a.Id)], warmUp: 200);
    Directory.Delete(folder, recursive: true);
}

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

static string Option(string[] args, string name, string fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
}
