namespace CityCrm.CaseCore.Suggestions;

/// <summary>
/// The ranker behind every suggestion (the host's catalogue and the <c>cases suggest</c> command line alike).
/// Three kinds of evidence add up per service: BM25F over the name, keywords, group and description with
/// English stemming, typo correction and common Spanish words; the catalogue's keyword phrases (a matched
/// phrase weighs one per word); and the descriptions of past cases filed under the service (history).
/// A service is suggested only with real evidence: a keyword phrase, a word of its name, one-word keywords or
/// history, or two or more other words that cover half of the description's weight (words the catalogue never
/// uses count too); small talk and questions about other matters suggest nothing.
/// </summary>
public sealed class ServiceRanker : IServiceRanker
{
    /// <summary>Weight of one matched keyword word against BM25F's per-term scores (about 1 to 3).</summary>
    private const double KeywordWeight = 1.0;

    /// <summary>The evidence at which a lone candidate scores one half; a stronger one approaches 1.</summary>
    private const double HalfConfidence = 2.0;

    /// <summary>A corrected typo counts for less than the word spelled right.</summary>
    private const double TypoFactor = 0.7;

    private static readonly Dictionary<ServiceField, double> FieldWeights = new()
    {
        [ServiceField.Name] = 3.0,
        [ServiceField.Keywords] = 2.5,
        [ServiceField.Group] = 0.5,
        [ServiceField.Description] = 1.0,
        [ServiceField.History] = 2.0,
        [ServiceField.Phrases] = 2.5,
    };

    private readonly IReadOnlyList<ServiceDefinition> services;
    private readonly FieldedIndex index = new(FieldWeights);
    private readonly KeywordMatcher matcher;
    private readonly TypoCorrector typos;

    /// <summary>Builds the ranker; history entries whose code the catalogue lacks are ignored (see <see cref="LearnedCount"/>).</summary>
    public ServiceRanker(IReadOnlyList<ServiceDefinition> services, IEnumerable<HistoryEntry>? history = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        this.services = services;
        matcher = new KeywordMatcher(services);
        var learned = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in history ?? [])
        {
            if (!services.Any(s => string.Equals(s.Code, entry.Code, StringComparison.OrdinalIgnoreCase)))
                continue;
            if (!learned.TryGetValue(entry.Code, out var terms))
                learned[entry.Code] = terms = [];
            terms.AddRange(SuggestionTerms.Of(entry.Description));
            LearnedCount++;
        }
        foreach (var s in services)
        {
            index.Add(new Dictionary<ServiceField, List<string>>
            {
                [ServiceField.Name] = SuggestionTerms.Of(s.Name),
                [ServiceField.Keywords] = [.. s.Keywords.Select(SuggestionTerms.Of).Where(t => t.Count == 1).SelectMany(t => t)],
                [ServiceField.Phrases] = [.. s.Keywords.Select(SuggestionTerms.Of).Where(t => t.Count > 1).SelectMany(t => t)],
                [ServiceField.Group] = SuggestionTerms.Of(s.Group.Replace('-', ' ')),
                [ServiceField.Description] = SuggestionTerms.Of(s.Description),
                [ServiceField.History] = learned.GetValueOrDefault(s.Code) ?? [],
            });
        }
        typos = new TypoCorrector(index.Vocabulary, index.DocumentFrequency);
    }

    /// <summary>How many history entries the ranker learned from.</summary>
    public int LearnedCount { get; }

    public IReadOnlyList<ServiceMatch> Rank(string text, int top)
    {
        if (string.IsNullOrWhiteSpace(text) || top <= 0)
            return [];
        var terms = Terms(text);
        var totalIdf = terms.Sum(t => index.Idf(t.Term));
        var keywords = matcher.Score(SpanishGlossary.Translate(SuggestionTerms.Fold(text)));

        var candidates = new List<(int Service, double Evidence, int First)>();
        for (var doc = 0; doc < services.Count; doc++)
        {
            double lexical = 0, covered = 0;
            var strong = false;
            var matched = 0;
            foreach (var (term, factor) in terms)
            {
                var (score, inStrongField) = index.Score(doc, term);
                if (score == 0)
                    continue;
                lexical += factor * score;
                covered += index.Idf(term);
                matched++;
                strong |= inStrongField;
            }
            var hasKeyword = keywords.TryGetValue(doc, out var keyword);
            var coverage = totalIdf > 0 ? covered / totalIdf : 0;
            if (hasKeyword || strong || (matched >= 2 && coverage >= 0.5))
                candidates.Add((doc, lexical + KeywordWeight * (hasKeyword ? keyword.Weight : 0), hasKeyword ? keyword.First : int.MaxValue));
        }
        if (candidates.Count == 0)
            return [];

        // Ties go to the service whose keyword comes first in the text ("a branch hanging over the sidewalk"), then catalogue order.
        var ranked = candidates.OrderByDescending(c => c.Evidence).ThenBy(c => c.First).ThenBy(c => c.Service).ToList();
        var best = ranked[0].Evidence;
        var second = ranked.Count > 1 ? ranked[1].Evidence : 0;
        return [.. ranked.Take(top).Select((c, i) =>
        {
            var other = i == 0 ? second : best;
            var confidence = c.Evidence / (c.Evidence + HalfConfidence) * (c.Evidence / (c.Evidence + other));
            return new ServiceMatch(services[c.Service], Math.Round(confidence, 3));
        })];
    }

    /// <summary>The description's distinct terms, each one the catalogue does not know replaced by its closest known spelling.</summary>
    private List<(string Term, double Factor)> Terms(string text)
    {
        var result = new List<(string, double)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in SuggestionTerms.Of(text))
        {
            if (!seen.Add(term))
                continue;
            if (index.Contains(term))
                result.Add((term, 1.0));
            else if (typos.Correct(term) is { } corrected && seen.Add(corrected))
                result.Add((corrected, TypoFactor));
            else
                result.Add((term, 0));
        }
        return result;
    }
}
