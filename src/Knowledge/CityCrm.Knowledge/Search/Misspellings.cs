using CityCrm.Knowledge.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CityCrm.Knowledge.Search;

/// <summary>
/// Finds the indexed spellings closest to a word no article uses, once, in the field that holds the words
/// of every article's title, tags, questions and summary: walking each of those fields' dictionaries with
/// its own fuzzy query cost several times as much and found the same words.
/// </summary>
internal static class Misspellings
{
    /// <summary>At most this many spellings are tried, the closest first.</summary>
    public const int MaxExpansions = 10;

    public static IReadOnlyList<Spelling> Expand(IndexReader reader, string term, int maxEdits)
    {
        var fuzzy = new FuzzyQuery(new Term(ArticleFields.Words, term), maxEdits, TermSimilarity.PrefixLength, MaxExpansions, transpositions: true);
        var spellings = new List<Spelling>();
        Collect(fuzzy.Rewrite(reader), 1f, spellings);
        return spellings;
    }

    // The rewrite is a boolean query of the matching terms, each (possibly wrapped in a constant score) boosted by its closeness.
    private static void Collect(Query query, float boost, List<Spelling> spellings)
    {
        switch (query)
        {
            case TermQuery term:
                spellings.Add(new Spelling(term.Term.Text, boost * term.Boost));
                break;
            case ConstantScoreQuery constant when constant.Query is not null:
                Collect(constant.Query, boost * constant.Boost, spellings);
                break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                    Collect(clause.Query, boost * boolean.Boost, spellings);
                break;
        }
    }
}
