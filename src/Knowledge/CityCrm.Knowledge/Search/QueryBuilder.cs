using CityCrm.Knowledge.Indexing;
using CityCrm.Knowledge.Synonyms;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CityCrm.Knowledge.Search;

/// <summary>
/// Builds the Lucene query from analyzed terms directly, never through the query parser, so a
/// question's "AND", "*", quotes or brackets are just words (or nothing) and cannot break the search.
/// </summary>
internal static class QueryBuilder
{
    // A little credit for matching in a second field, while the best field decides.
    private const float TieBreaker = 0.1f;

    // In a large knowledge base, a word found in a tenth of the articles' field hardly ranks one above
    // another there, yet scoring it walks tens of thousands of postings. It is left out of the query for
    // that field while it still counts through the others, and in full in the coverage check.
    private const double CommonShare = 0.1;
    private const int CommonMinimumArticles = 1000;


    /// <summary>
    /// Weighs each term against the index: known terms by rarity, unknown ones as misspellings. An unknown
    /// word with a known synonym is a real word the articles phrase differently, so it weighs as rare as
    /// its most common synonym and is not corrected. Misspellings are looked up through
    /// <paramref name="spellingCache"/> when given, and terms through the search's <paramref name="lookups"/>.
    /// </summary>
    public static IReadOnlyList<QueryTerm> Weigh(
        IReadOnlyList<AnalyzedTerm> terms,
        IReadOnlyDictionary<string, IReadOnlyList<SynonymPhrase>> synonyms,
        IndexReader reader,
        KnowledgeOptions options,
        IReadOnlyDictionary<string, IReadOnlyList<SynonymPhrase>>? wordNet = null,
        SpellingCache? spellingCache = null,
        TermLookups? lookups = null)
    {
        var lookup = lookups ?? new TermLookups(reader);
        var unknownTermWeight = options.UnknownTermWeight;
        var documents = Math.Max(reader.NumDocs, 1);
        return [.. terms.Select(analyzed =>
        {
            var term = analyzed.Text;
            var alternatives = synonyms.TryGetValue(term, out var found) ? found : [];
            // Looked up once: the frequencies weigh the term, and the query reuses the lookups.
            var inFields = ArticleFields.Searched.Select(f => lookup.Context(f.Field, term)).ToArray();
            var perField = inFields.Select(c => c.DocFreq).ToArray();
            var frequency = perField.Max();
            var known = frequency > 0;
            if (!known)
                frequency = alternatives.Select(a => a.Terms.Min(t => Frequency(lookup, t))).DefaultIfEmpty(0).Max();
            var weight = 1 + Math.Log((double)documents / (frequency + 1));
            // A word no article uses is as often an aside ("huge", "nonstop") as the subject, so it weighs
            // like a word of middling rarity rather than the rarest one.
            if (frequency == 0)
                weight = Math.Min(weight, unknownTermWeight);
            weight = Math.Max(weight, 0.5);
            var scaled = alternatives
                .Select(a => new QuerySynonym(a, Scale(weight, a, lookup, documents), options.SynonymWeight))
                .ToList();
            // WordNet's senses are general English, not the city's: only for words the city's list leaves
            // alone, and weighed below it.
            if (scaled.Count == 0 && wordNet is not null && wordNet.TryGetValue(term, out var general))
                scaled.AddRange(general.Select(a => new QuerySynonym(a, Scale(weight, a, lookup, documents), options.WordNetWeight, MatchKind.WordNet)));
            var maxEdits = frequency == 0 && options.MatchMisspellings ? TermSimilarity.MaxEdits(analyzed.WordLength) : 0;
            return new QueryTerm(term, weight, maxEdits, scaled)
            {
                CommonIn = Common(perField, documents),
                InFields = inFields,
                Spellings = maxEdits == 0 ? []
                    : spellingCache is null ? Misspellings.Expand(reader, term, maxEdits)
                    : spellingCache.Expand(reader, term, maxEdits),
            };
        })];
    }

    /// <summary>
    /// One clause per term (its best field counts), so matching more terms ranks higher. A term's synonyms
    /// are alternatives inside its clause, boosted by their weight: an article using the resident's own word
    /// ranks first, and one matching both a word and its synonym is not counted twice.
    /// </summary>
    public static Query Build(IReadOnlyList<QueryTerm> terms)
    {
        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            var clauses = new List<Query>();
            for (var i = 0; i < ArticleFields.Searched.Count; i++)
            {
                var (field, boost) = ArticleFields.Searched[i];
                // A misspelling is looked for where residents' words are (questions, title, tags, summary):
                // walking the body's large term dictionary cost as much as the rest of the search.
                if ((term.Fuzzy && field == ArticleFields.Body) || term.CommonIn.Contains(field))
                    continue;
                if (Own(term, i, field) is { } own)
                {
                    own.Boost = boost;
                    clauses.Add(own);
                }
                foreach (var synonym in term.Synonyms)
                {
                    var alternative = Alternative(field, synonym.Phrase);
                    alternative.Boost = (float)(boost * synonym.Weight * synonym.Scale);
                    clauses.Add(alternative);
                }
            }
            // A single clause scores the same without the max-of-fields around it, which costs a heap step
            // per matching article; an empty one still counts among the clauses a match is a share of.
            if (clauses.Count == 1)
                query.Add(clauses[0], Occur.SHOULD);
            else
                query.Add(new DisjunctionMaxQuery(clauses, TieBreaker), Occur.SHOULD);
        }
        return query;
    }

    // The term itself in one field; none where no article holds it there, as it could match nothing.
    private static Query? Own(QueryTerm term, int field, string name)
    {
        if (term.Fuzzy)
            return term.Spellings.Count == 0 ? null : Spelled(name, term.Spellings);
        if (term.InFields is not { } lookups)
            return new TermQuery(new Term(name, term.Text));
        return lookups[field].DocFreq == 0 ? null : new TermQuery(new Term(name, term.Text), lookups[field]);
    }

    // A phrase keeps the gaps its stop words leave, with one position of slack: "holes in the road" and
    // "hole in road" both match the entry "hole in the road".
    private static Query Alternative(string field, SynonymPhrase synonym)
    {
        if (!synonym.IsPhrase)
            return new TermQuery(new Term(field, synonym.Terms[0]));
        var phrase = new PhraseQuery { Slop = 1 };
        for (var i = 0; i < synonym.Terms.Count; i++)
            phrase.Add(new Term(field, synonym.Terms[i]), synonym.Positions[i]);
        return phrase;
    }

    // As a fuzzy query scores them: each spelling found counts its closeness, whatever its rarity.
    private static BooleanQuery Spelled(string field, IReadOnlyList<Spelling> spellings)
    {
        var query = new BooleanQuery();
        foreach (var spelling in spellings)
            query.Add(new ConstantScoreQuery(new TermQuery(new Term(field, spelling.Term))) { Boost = spelling.Boost }, Occur.SHOULD);
        return query;
    }

    // The fields where the term is common. A term common wherever it occurs ("city", "help") is kept in
    // the one field where it is least common, so it still counts: scored in all of them, it walked most
    // of the index's postings two or three times over and made the slowest questions.
    private static IReadOnlySet<string> Common(int[] perField, int documents)
    {
        if (documents < CommonMinimumArticles)
            return EmptyFields;
        var common = new HashSet<string>(StringComparer.Ordinal);
        var rarest = -1;
        for (var i = 0; i < perField.Length; i++)
        {
            if (perField[i] > documents * CommonShare)
                common.Add(ArticleFields.Searched[i].Field);
            if (perField[i] > 0 && (rarest < 0 || perField[i] < perField[rarest]))
                rarest = i;
        }
        if (rarest >= 0 && common.Count == perField.Count(f => f > 0))
            common.Remove(ArticleFields.Searched[rarest].Field);
        return common;
    }

    private static readonly IReadOnlySet<string> EmptyFields = new HashSet<string>();

    // Lucene's term score grows with the square of its rarity; a phrase's rarity is the sum of its words'.
    private static double Scale(double termWeight, SynonymPhrase synonym, TermLookups lookups, int documents)
    {
        var rarity = synonym.Terms.Sum(t => 1 + Math.Log((double)documents / (Frequency(lookups, t) + 1)));
        return rarity <= termWeight ? 1 : Math.Pow(termWeight / rarity, 2);
    }

    private static int Frequency(TermLookups lookups, string term) =>
        ArticleFields.Searched.Max(f => lookups.DocFreq(f.Field, term));
}
