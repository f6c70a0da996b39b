namespace CityCrm.Knowledge.Insights;

/// <summary>Per-article figures from the answer records and page views of a period.</summary>
public static class ArticleAnalytics
{
    /// <summary>
    /// One row per published article, plus any article that answered in the period but is no longer
    /// published; most answers first, then most views.
    /// </summary>
    public static IReadOnlyList<ArticleInsight> Build(
        IEnumerable<Article> published, IEnumerable<AnswerRecord> records, IReadOnlyDictionary<string, long> views)
    {
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(views);
        var titles = published.ToDictionary(a => a.Id, a => a.Title, StringComparer.Ordinal);
        var answers = records.Where(r => r.Outcome == AnswerOutcome.Answered && r.ArticleId is not null)
            .ToLookup(r => r.ArticleId!, StringComparer.Ordinal);
        var ids = titles.Keys.Concat(answers.Select(g => g.Key)).Distinct(StringComparer.Ordinal);
        return [.. ids.Select(id =>
            {
                var cited = answers[id].ToList();
                return new ArticleInsight(
                    id,
                    titles.GetValueOrDefault(id) ?? id,
                    views.GetValueOrDefault(id),
                    cited.Count,
                    cited.Count(r => r.Helpful == true),
                    cited.Count(r => r.Helpful == false),
                    cited.Count(r => r.HandoffAt is not null),
                    cited.Count == 0 ? null : cited.Max(r => r.At));
            })
            .OrderByDescending(a => a.Answers)
            .ThenByDescending(a => a.Views)
            .ThenBy(a => a.ArticleId, StringComparer.Ordinal)];
    }
}
