using CityCrm.Knowledge.Search;
using Lucene.Net.Util;

namespace CityCrm.Knowledge.Tests.Ranking;

public sealed class NearSpellingsTests
{
    private static readonly string[] Candidates =
    [
        "recycling", "recycle", "recyling", "recylcing", "rceycling", "recyclingg", "ecycling", "recyclin", "recyclign",
        "recicling", "reciclaje", "bicycling", "recycled", "recyclers", "r", "re", "recycling-bin",
        "basura", "basurá", "básura", "basúra", "basuras", "vasura", "basra", "basuraa", "basuraaa",
    ];

    [Theory]
    [InlineData("recycling", 1)]
    [InlineData("recycling", 2)]
    [InlineData("basura", 1)]
    [InlineData("basura", 2)]
    [InlineData("básuras", 2)]
    public void For_Word_AcceptsExactlyTheWordsWithinItsEdits(string word, int maxEdits)
    {
        var automaton = NearSpellings.For(word, maxEdits);

        foreach (var candidate in Candidates)
        {
            var bytes = new BytesRef(candidate);
            Assert.True(
                TermSimilarity.IsNear(word, candidate, maxEdits) == automaton.RunAutomaton.Run(bytes.Bytes, bytes.Offset, bytes.Length),
                $"{candidate} within {maxEdits} of {word}");
        }
    }

    [Fact]
    public void For_SameWordTwice_BuildsItOnce()
    {
        Assert.Same(NearSpellings.For("pothloes", 2), NearSpellings.For("pothloes", 2));
    }

    [Fact]
    public void For_NoEdits_Refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NearSpellings.For("pothole", 0));
    }
}
