using CityCrm.Knowledge.Indexing;
using CityCrm.Knowledge.Search;
using CityCrm.Knowledge.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CityCrm.Knowledge.Tests.Ranking;

public sealed class MisspellingsTests(ContentIndexFixture content) : IClassFixture<ContentIndexFixture>
{
    [Fact]
    public void Expand_TyposOfEveryIndexedWord_SameSpellingsAndBoostsAsLuceneFuzzyQuery()
    {
        var compared = content.Index.WithSearcher(searcher =>
        {
            var reader = searcher.IndexReader;
            var count = 0;
            foreach (var typo in Typos(reader))
            {
                var maxEdits = typo.Length >= 9 ? 2 : 1;
                Assert.Equal(FuzzyQuerySpellings(reader, typo, maxEdits), Misspellings.Expand(reader, typo, maxEdits));
                count++;
            }
            return count;
        });

        Assert.True(compared > 100, $"only {compared} typos were compared");
    }

    [Fact]
    public void Expand_ShortWordsWithManyEqualNeighbours_SameTiesAsLuceneFuzzyQuery()
    {
        var compared = content.Index.WithSearcher(searcher => new[] { "sxx", "pxx", "cxx", "rxx", "txx", "pxxx", "bxxe", "sxxet" }
            .Select(word => (Ours: Misspellings.Expand(searcher.IndexReader, word, 2), Lucene: FuzzyQuerySpellings(searcher.IndexReader, word, 2)))
            .ToList());

        Assert.Contains(compared, c => c.Ours.Count > 5);
        Assert.All(compared, c => Assert.Equal(c.Lucene, c.Ours));
    }

    // Each indexed word of six letters or more with two neighbouring letters swapped, when that is no indexed word.
    private static IEnumerable<string> Typos(IndexReader reader)
    {
        var words = new List<string>();
        var terms = MultiFields.GetTerms(reader, ArticleFields.Words).GetEnumerator();
        while (terms.MoveNext())
            words.Add(terms.Term.Utf8ToString());
        var known = words.ToHashSet(StringComparer.Ordinal);
        foreach (var word in words.Where(w => w.Length >= 6))
        {
            var letters = word.ToCharArray();
            (letters[2], letters[3]) = (letters[3], letters[2]);
            var typo = new string(letters);
            if (!known.Contains(typo))
                yield return typo;
        }
    }

    // What the search used before: Lucene's own fuzzy query, rewritten to its ten closest terms.
    private static List<Spelling> FuzzyQuerySpellings(IndexReader reader, string term, int maxEdits)
    {
        var fuzzy = new FuzzyQuery(new Term(ArticleFields.Words, term), maxEdits, TermSimilarity.PrefixLength, Misspellings.MaxExpansions, transpositions: true);
        var spellings = new List<Spelling>();
        Collect(fuzzy.Rewrite(reader), 1f, spellings);
        return spellings;
    }

    private static void Collect(Query query, float boost, List<Spelling> spellings)
    {
        switch (query)
        {
            case TermQuery term:
                spellings.Add(new Spelling(term.Term.Text, boost * term.Boost));
                break;
            case ConstantScoreQuery constant:
                Collect(constant.Query, boost * constant.Boost, spellings);
                break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                    Collect(clause.Query, boost * boolean.Boost, spellings);
                break;
        }
    }
}
