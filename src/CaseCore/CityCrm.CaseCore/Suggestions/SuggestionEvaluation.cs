namespace CityCrm.CaseCore.Suggestions;

/// <summary>Measures a ranker on labelled descriptions (each a <see cref="HistoryEntry"/>: text and the right service code).</summary>
public static class SuggestionEvaluation
{
    /// <summary>Ranks looked at for the mean reciprocal rank; a service ranked lower counts as not found.</summary>
    public const int Depth = 10;

    public static SuggestionScores Measure(IServiceRanker ranker, IReadOnlyList<HistoryEntry> set)
    {
        ArgumentNullException.ThrowIfNull(ranker);
        ArgumentNullException.ThrowIfNull(set);
        if (set.Count == 0)
            return new SuggestionScores(0, 0, 0, 0);
        int top1 = 0, top3 = 0;
        double reciprocal = 0;
        foreach (var item in set)
        {
            var ranked = ranker.Rank(item.Description, Depth);
            var rank = ranked.Select((m, i) => (m, i)).FirstOrDefault(p => string.Equals(p.m.Service.Code, item.Code, StringComparison.OrdinalIgnoreCase), (null!, -1)).Item2;
            if (rank < 0)
                continue;
            top1 += rank == 0 ? 1 : 0;
            top3 += rank < 3 ? 1 : 0;
            reciprocal += 1.0 / (rank + 1);
        }
        return new SuggestionScores(set.Count, Round((double)top1 / set.Count), Round((double)top3 / set.Count), Round(reciprocal / set.Count));
    }

    private static double Round(double value) => Math.Round(value, 3);
}
