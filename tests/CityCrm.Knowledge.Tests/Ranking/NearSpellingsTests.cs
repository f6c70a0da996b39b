using CityCrm.Knowledge.Search;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace CityCrm.Knowledge.Tests.Ranking;

public sealed class NearSpellingsTests : IDisposable
{
    private const string Words = "words";

    private static readonly string[] Indexed =
    [
        "recycling", "recycle", "recyling", "recylcing", "rceycling", "recyclingg", "ecycling", "recyclin", "recyclign",
        "recicling", "reciclaje", "bicycling", "recycled", "recyclers", "r", "re", "recycling-bin", "recyclingω",
        "basura", "basurá", "básura", "basúra", "basuras", "vasura", "basra", "basuraa", "basuraaa",
        "καλημέρα", "καλιμέρα", "zzzzzzzz",
    ];

    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;

    public NearSpellingsTests()
    {
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer())))
        {
            foreach (var word in Indexed)
                writer.AddDocument([new StringField(Words, word, Field.Store.NO)]);
        }
        reader = DirectoryReader.Open(directory);
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }

    [Theory]
    [InlineData("recycling", 1)]
    [InlineData("recycling", 2)]
    [InlineData("basura", 1)]
    [InlineData("basura", 2)]
    [InlineData("básuras", 2)]
    [InlineData("καλημερα", 1)]
    [InlineData("zzzzzzzy", 1)]
    public void Walk_Word_YieldsExactlyTheIndexedWordsWithinItsEdits(string word, int maxEdits)
    {
        var expected = Indexed.Where(w => TermSimilarity.IsNear(word, w, maxEdits)).Order(StringComparer.Ordinal).ToList();

        var found = NearSpellings.Walk(Terms(), word, maxEdits).ToList();

        Assert.NotEmpty(found);
        Assert.Equal(expected, found.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Walk_WordsOfSeveralEdits_EachAtItsDistance()
    {
        var found = NearSpellings.Walk(Terms(), "recycling", 2).ToList();

        Assert.Contains("recyclingω", found);
        Assert.Contains("rceycling", found);
        Assert.DoesNotContain("bicycling", found);
        Assert.DoesNotContain("ecycling", found);
    }

    [Fact]
    public void Walk_EnumeratorPositionedOnEachWordYielded()
    {
        var terms = Terms();

        foreach (var word in NearSpellings.Walk(terms, "basura", 1))
            Assert.Equal(word, terms.Term.Utf8ToString());
    }

    [Fact]
    public void Walk_NoEdits_YieldsNothing()
    {
        Assert.Empty(NearSpellings.Walk(Terms(), "recycling", 0));
    }

    [Theory]
    [InlineData("recycling", "rceycling", 1)]
    [InlineData("recycling", "recyclign", 1)]
    [InlineData("recycling", "recicling", 1)]
    [InlineData("recycling", "reciclign", 2)]
    [InlineData("basura", "vasuraa", 2)]
    [InlineData("abc", "ca", 3)]
    [InlineData("", "abc", 3)]
    public void Distance_Words_EditsWithASwapOfNeighboursAsOne(string a, string b, int edits)
    {
        Assert.Equal(edits, TermSimilarity.Distance(a, b));
        Assert.Equal(edits, TermSimilarity.Distance(b, a));
    }

    [Fact]
    public void Distance_WordsLongerThanTheStackTable_SameAsShortOnes()
    {
        var a = new string('a', 300) + "bc";
        var b = new string('a', 300) + "cb";

        Assert.Equal(1, TermSimilarity.Distance(a, b));
    }

    private TermsEnum Terms() => MultiFields.GetTerms(reader, Words).GetEnumerator();
}
