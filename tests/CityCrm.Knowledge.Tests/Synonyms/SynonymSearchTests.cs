using CityCrm.Knowledge.Tests.Support;

namespace CityCrm.Knowledge.Tests.Synonyms;

/// <summary>The Riverton synonym list on the real articles.</summary>
public sealed class SynonymSearchTests(ContentIndexFixture content) : IClassFixture<ContentIndexFixture>
{
    [Theory]
    [InlineData("garbage pickup day", "trash-pickup")]
    [InlineData("when is garbage picked up", "trash-pickup")]
    [InlineData("rubbish pickup day", "trash-pickup")]
    [InlineData("rubbish day", "trash-pickup")]
    [InlineData("my vehicle was impounded", "towed-vehicle")]
    [InlineData("my automobile was impounded", "towed-vehicle")]
    [InlineData("need a roll-off container", "street-occupancy-permit")]
    [InlineData("stoplight broken", "traffic-signals")]
    [InlineData("fly tipping in the alley", "illegal-dumping")]
    [InlineData("sofa pickup", "bulky-item-pickup")]
    public async Task SearchAsync_WordOfAGroup_AnswersWithTheArticle(string question, string expected)
    {
        var result = await content.Search.SearchAsync(question, 3, CancellationToken.None);

        Assert.Equal(expected, result.Hits[0].ArticleId);
        Assert.Equal(AnswerDecision.Answer, result.Decision);
    }

    [Theory]
    [InlineData("rubbish pickup day")]
    [InlineData("my automobile was impounded")]
    [InlineData("stoplight broken")]
    public void Search_WordOnlyInTheList_IsCoveredThroughItsSynonym(string question)
    {
        var (with, withSignals) = content.Search.Search(question, 3);
        var (without, withoutSignals) = content.PlainSearch.Search(question, 3);

        Assert.True(withSignals!.Top.Total > withoutSignals!.Top.Total);
        Assert.True(with.Confidence > without.Confidence);
    }

    [Fact]
    public void Search_ResidentsOwnWord_RanksAboveArticlesMatchingOnlyASynonym()
    {
        var (result, _) = content.Search.Search("garbage", 5);

        Assert.Equal("trash-pickup", result.Hits[0].ArticleId);
    }

    [Fact]
    public void Search_OutOfScopeQuestions_AreNotMadeMoreConfidentBySynonyms()
    {
        foreach (var question in LabelledQuestions.OutOfScope)
        {
            var (with, _) = content.Search.Search(question, 3);
            var (without, _) = content.PlainSearch.Search(question, 3);

            Assert.True(with.Confidence <= without.Confidence, $"{question}: {without.Confidence} -> {with.Confidence}");
        }
    }

    [Fact]
    public void Search_LabelledQuestions_TopOneNotWorseThanWithoutSynonyms()
    {
        var with = LabelledQuestions.InScope.Count(q => content.Search.Search(q.Question, 3).Result.Hits.FirstOrDefault()?.ArticleId == q.ArticleId);
        var without = LabelledQuestions.InScope.Count(q => content.PlainSearch.Search(q.Question, 3).Result.Hits.FirstOrDefault()?.ArticleId == q.ArticleId);

        Assert.True(with >= without, $"top-1 with synonyms {with}, without {without}");
    }
}
