using System.Globalization;
using CityCrm.Knowledge.Evaluation;

namespace CityCrm.City311.Cli;

/// <summary>
/// <c>kb eval --data DIR [--set FILE]</c>: runs the evaluation set against the service's search and a plain
/// BM25 baseline over the same articles, and prints both rankings' figures.
/// </summary>
public static class EvalCommand
{
    /// <summary>How deep the rankings are read for MRR.</summary>
    public const int Depth = 10;

    public static async Task<int> RunAsync(CliOptions options, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var path = options.Get("--set") ?? CliSettings.EvaluationSetPath;
        if (!File.Exists(path))
        {
            await stderr.WriteLineAsync($"kb eval: evaluation set not found: {path}");
            return KnowledgeCli.UsageError;
        }
        IReadOnlyList<EvaluationQuestion> questions;
        try
        {
            questions = await EvaluationSet.LoadAsync(path, cancellationToken);
        }
        catch (FormatException e)
        {
            await stderr.WriteLineAsync($"kb eval: {path}: {e.Message}");
            return KnowledgeCli.InvalidInput;
        }
        await using var workspace = await KnowledgeWorkspace.OpenAsync(options.Data(), CliSettings.ContentPath, cancellationToken);
        var articles = await workspace.Store.ListAsync(cancellationToken);
        var service = new List<EvaluationOutcome>();
        var baseline = new List<EvaluationOutcome>();
        using (var bm25 = new Bm25Baseline(articles))
        {
            foreach (var question in questions)
            {
                var result = await workspace.Search.SearchAsync(question.Question, Depth, cancellationToken);
                service.Add(new EvaluationOutcome(question, [.. result.Hits.Select(h => h.ArticleId)], result.Decision));
                baseline.Add(new EvaluationOutcome(question, bm25.Search(question.Question, Depth)));
            }
        }
        await stdout.WriteLineAsync($"set: {path} ({questions.Count} questions) over {articles.Count} articles");
        await Report(stdout, "service", EvaluationMetrics.Compute(service), withDecisions: true);
        await Report(stdout, "bm25", EvaluationMetrics.Compute(baseline), withDecisions: false);
        return KnowledgeCli.Success;
    }

    private static async Task Report(TextWriter stdout, string name, EvaluationMetrics m, bool withDecisions)
    {
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{name,-8} top1={m.Top1:0.000} top3={m.Top3:0.000} mrr={m.Mrr:0.000} (in-scope {m.InScope})");
        if (withDecisions)
        {
            line += string.Create(CultureInfo.InvariantCulture,
                $" wrong-confident={m.WrongConfident}/{m.InScope + m.OutOfScope} ({m.WrongConfidentRate:0.000})" +
                $" declined-right={m.DeclinedRight}/{m.RightAtTop} ({m.DeclinedRightRate:0.000})");
        }
        await stdout.WriteLineAsync(line);
    }
}
