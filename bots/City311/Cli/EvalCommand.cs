using System.Globalization;
using CityCrm.Knowledge;
using CityCrm.Knowledge.Evaluation;

namespace CityCrm.City311.Cli;

/// <summary>
/// <c>kb eval --data DIR [--set FILE]</c>: runs the evaluation set against the service's search and a plain
/// BM25 baseline over the same articles, and prints both rankings' figures: overall, then per language,
/// then (when WordNet is installed to tell correct spelling) top-1 on the correctly spelled English
/// questions with misspelling matching on and off.
/// </summary>
public static class EvalCommand
{
    /// <summary>How deep the rankings are read for MRR.</summary>
    public const int Depth = 10;

    /// <summary>Where Debian's wordnet-base puts the dictionary the spelling split is told with.</summary>
    public const string DefaultWordNetFolder = "/usr/share/wordnet";

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
                service.Add(await OutcomeAsync(workspace.Search, question, cancellationToken));
                baseline.Add(new EvaluationOutcome(question, bm25.Search(question.Question, Depth)));
            }
        }
        await stdout.WriteLineAsync($"set: {path} ({questions.Count} questions) over {articles.Count} articles");
        await Report(stdout, "service", EvaluationMetrics.Compute(service), withDecisions: true);
        await Report(stdout, "bm25", EvaluationMetrics.Compute(baseline), withDecisions: false);
        foreach (var language in questions.Select(q => q.Language).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            await Report(stdout, $"service[{language}]", EvaluationMetrics.Compute([.. service.Where(o => o.Question.Language == language)]), withDecisions: true);
            await Report(stdout, $"bm25[{language}]", EvaluationMetrics.Compute([.. baseline.Where(o => o.Question.Language == language)]), withDecisions: false);
        }
        await ReportSpellingSplitAsync(stdout, workspace, questions, service, articles, cancellationToken);
        return KnowledgeCli.Success;
    }

    private static async Task<EvaluationOutcome> OutcomeAsync(IKnowledgeSearch search, EvaluationQuestion question, CancellationToken cancellationToken)
    {
        var result = await search.SearchAsync(question.Question, Depth, cancellationToken);
        return new EvaluationOutcome(question, [.. result.Hits.Select(h => h.ArticleId)], result.Decision);
    }

    // Typo matching must not cost anything on questions without typos: the same search with it off, on those.
    private static async Task ReportSpellingSplitAsync(
        TextWriter stdout, KnowledgeWorkspace workspace, IReadOnlyList<EvaluationQuestion> questions,
        List<EvaluationOutcome> service, IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        var folder = string.IsNullOrWhiteSpace(workspace.Options.WordNetPath) ? DefaultWordNetFolder : workspace.Options.WordNetPath;
        if (!File.Exists(Path.Combine(folder, "index.noun")))
            return;
        var dictionary = SpellingDictionary.Load(folder, articles.SelectMany(a => (string[])[a.Title, a.Summary, a.Body, .. a.Questions, .. a.Tags]));
        var english = questions.Where(q => q.Language == "en" && q.ExpectedId is not null).ToList();
        var correct = english.Where(q => dictionary.IsSpelledCorrectly(q.Question)).ToHashSet();
        var withTypos = english.Where(q => !correct.Contains(q)).ToHashSet();
        var withoutFuzzy = workspace.SearchWith(o => o.MatchMisspellings = false);
        var off = new List<EvaluationOutcome>();
        foreach (var question in english)
            off.Add(await OutcomeAsync(withoutFuzzy, question, cancellationToken));
        foreach (var (name, subset) in new[] { ("spelled-correctly", correct), ("misspelled", withTypos) })
        {
            var on = EvaluationMetrics.Compute([.. service.Where(o => subset.Contains(o.Question))]);
            var without = EvaluationMetrics.Compute([.. off.Where(o => subset.Contains(o.Question))]);
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{name}[en] ({subset.Count} in-scope) top1 fuzzy-on={on.Top1:0.000} fuzzy-off={without.Top1:0.000}" +
                $" wrong-confident on={on.WrongConfident} off={without.WrongConfident}"));
        }
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
