using CityCrm.Knowledge.Tests.Support;
using Xunit.Abstractions;

namespace CityCrm.Knowledge.Tests;

/// <summary>Answer quality on the real Riverton articles, measured on the labelled question set.</summary>
public sealed class KnowledgeQualityTests(ContentIndexFixture content, ITestOutputHelper output) : IClassFixture<ContentIndexFixture>
{
    [Fact]
    public void LabelledSet_IsLargeEnoughAndPointsAtRealArticles()
    {
        Assert.True(LabelledQuestions.InScope.Count >= 60);
        Assert.True(LabelledQuestions.OutOfScope.Count >= 15);
        var ids = content.Articles.Select(a => a.Id).ToHashSet();
        Assert.All(LabelledQuestions.InScope, q => Assert.Contains(q.ArticleId, ids));
    }

    [Fact]
    public async Task SearchAsync_RecyclingQuestion_AnswersWithRecyclingPickup()
    {
        var result = await content.Search.SearchAsync("when is my recycling picked up?", 5, CancellationToken.None);

        Assert.Equal("recycling-pickup", result.Hits[0].ArticleId);
        Assert.Equal(AnswerDecision.Answer, result.Decision);
    }

    [Fact]
    public void Search_LabelledQuestions_TopOneAccuracyAtLeast85PercentAndMostlyAnswered()
    {
        var correct = 0;
        var correctAnswered = 0;
        foreach (var (question, expected) in LabelledQuestions.InScope)
        {
            var (result, signals) = content.Search.Search(question, 3);
            var top = result.Hits.FirstOrDefault()?.ArticleId;
            var ok = top == expected;
            correct += ok ? 1 : 0;
            correctAnswered += ok && result.Decision == AnswerDecision.Answer ? 1 : 0;
            output.WriteLine($"{(ok ? "ok  " : "MISS")} {result.Decision,-12} conf={result.Confidence:0.000} cov={signals?.Top.Total:0.00} strong={signals?.Top.Strong:0.00} topical={signals?.Top.Topical} q={signals?.TopQuality:0.00} rival={signals?.RunnerUpQuality:0.00} margin={signals?.Margin:0.00} top={top} expected={expected} | {question}");
        }
        var accuracy = (double)correct / LabelledQuestions.InScope.Count;
        var answeredShare = correct == 0 ? 0 : (double)correctAnswered / correct;
        output.WriteLine($"top-1 accuracy {correct}/{LabelledQuestions.InScope.Count} = {accuracy:0.000}; answered among correct {correctAnswered}/{correct} = {answeredShare:0.000}");

        Assert.True(accuracy >= 0.85, $"top-1 accuracy {accuracy:0.000} is below 0.85");
        Assert.True(answeredShare >= 0.90, $"only {answeredShare:0.000} of correct top-1 answers were given as Answer");
    }

    [Fact]
    public void Search_OutOfScopeQuestions_NeverAnswer()
    {
        var answered = new List<string>();
        foreach (var question in LabelledQuestions.OutOfScope)
        {
            var (result, signals) = content.Search.Search(question, 3);
            output.WriteLine($"{result.Decision,-12} conf={result.Confidence:0.000} cov={signals?.Top.Total:0.00} strong={signals?.Top.Strong:0.00} topical={signals?.Top.Topical} q={signals?.TopQuality:0.00} rival={signals?.RunnerUpQuality:0.00} margin={signals?.Margin:0.00} top={result.Hits.FirstOrDefault()?.ArticleId} | {question}");
            if (result.Decision == AnswerDecision.Answer)
                answered.Add(question);
        }
        output.WriteLine($"declined {LabelledQuestions.OutOfScope.Count - answered.Count}/{LabelledQuestions.OutOfScope.Count}");

        Assert.Empty(answered);
    }
}
