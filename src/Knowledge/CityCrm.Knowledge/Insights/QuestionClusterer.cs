using CityCrm.Knowledge.Indexing;

namespace CityCrm.Knowledge.Insights;

/// <summary>
/// Groups the questions the bot did not help with into clusters of similar questions. Questions are
/// compared by their analyzed terms (the search's own analyzer: stemmed, without stop words or the words
/// residents wrap around a question), so "When is bulky trash picked up?" and "bulk trash pickup day"
/// meet. Single-link clustering over (prefix-tolerant) Jaccard similarity, in time order: a question joins the first cluster
/// holding a member at least <see cref="Threshold"/> similar, or starts its own. The same records always
/// give the same clusters.
/// </summary>
public static class QuestionClusterer
{
    /// <summary>The Jaccard similarity of term sets at which two questions are taken to ask the same thing.</summary>
    public const double Threshold = 0.4;

    private const int MinPrefix = 4;
    private const int MaxTerms = 32;
    private const int MaxSamples = 5;
    private const int MaxArticles = 3;

    /// <summary>Clusters the records that need attention, largest cluster first.</summary>
    /// <param name="now">The end of the trend's last seven days.</param>
    public static IReadOnlyList<QuestionCluster> Cluster(IEnumerable<AnswerRecord> records, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(records);
        using var analyzer = KnowledgeAnalyzer.Create();
        var groups = new List<List<(AnswerRecord Record, HashSet<string> Terms)>>();
        foreach (var record in records.Where(r => r.NeedsAttention).OrderBy(r => r.At).ThenBy(r => r.Id, StringComparer.Ordinal))
        {
            var terms = TermsOf(analyzer, record.Question);
            var home = groups.FirstOrDefault(g => g.Any(member => Similarity(member.Terms, terms) >= Threshold));
            if (home is null)
                groups.Add([(record, terms)]);
            else
                home.Add((record, terms));
        }
        return [.. groups.Select(g => Summarize([.. g.Select(m => m.Record)], now))
            .OrderByDescending(c => c.Count)
            .ThenByDescending(c => c.LastSeen)
            .ThenBy(c => c.Label, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The Jaccard similarity of two term sets, where a term also matches one it begins (at least
    /// <see cref="MinPrefix"/> letters), since the stemmer leaves "pick" and "pickup" apart. Two empty sets differ.
    /// </summary>
    internal static double Similarity(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
            return 0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Count(term => large.Contains(term) || large.Any(other => Related(term, other)));
        return (double)shared / (a.Count + b.Count - shared);
    }

    private static bool Related(string x, string y) =>
        Math.Min(x.Length, y.Length) >= MinPrefix
        && (x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal));

    internal static HashSet<string> TermsOf(Lucene.Net.Analysis.Analyzer analyzer, string question)
    {
        var terms = KnowledgeAnalyzer.Terms(analyzer, question, MaxTerms).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        // A question made only of stop words ("why not?") is still grouped with its exact repeats.
        if (terms.Count == 0 && question.Trim().ToLowerInvariant() is { Length: > 0 } whole)
            terms.Add("\"" + whole + "\"");
        return terms;
    }

    private static QuestionCluster Summarize(List<AnswerRecord> members, DateTimeOffset now)
    {
        var lastWeek = members.Count(r => r.At > now.AddDays(-7));
        var previousWeek = members.Count(r => r.At > now.AddDays(-14) && r.At <= now.AddDays(-7));
        var trend = lastWeek > previousWeek ? ClusterTrend.Rising : lastWeek < previousWeek ? ClusterTrend.Falling : ClusterTrend.Steady;
        var samples = members.OrderByDescending(r => r.At).Select(r => r.Question.Trim())
            .DistinctBy(q => q.ToLowerInvariant()).Take(MaxSamples).ToList();
        var offered = members.SelectMany(Offered)
            .GroupBy(id => id, StringComparer.Ordinal)
            .Select(g => new ArticleCount(g.Key, g.Count()))
            .OrderByDescending(a => a.Count).ThenBy(a => a.ArticleId, StringComparer.Ordinal)
            .Take(MaxArticles).ToList();
        return new QuestionCluster(members[0].Question.Trim(), [.. members.Select(r => r.Id)], lastWeek, previousWeek, trend,
            members[0].At, members[^1].At, samples, offered);
    }

    // What the resident was shown: the cited article of an answer, otherwise the articles found.
    private static IEnumerable<string> Offered(AnswerRecord record) =>
        record.ArticleId is { } cited ? [cited] : record.Hits.Select(h => h.ArticleId).Distinct(StringComparer.Ordinal);
}
