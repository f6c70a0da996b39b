using CityCrm.CaseCore.Suggestions;

namespace CityCrm.CaseCore.Tests.Suggestions;

public sealed class SuggestEvaluationTests
{
    private static readonly ServiceDefinition A = new("a", "A", "D", "", []);
    private static readonly ServiceDefinition B = new("b", "B", "D", "", []);
    private static readonly ServiceDefinition C = new("c", "C", "D", "", []);

    /// <summary>Always ranks a, b, c.</summary>
    private sealed class FixedRanker : IServiceRanker
    {
        public IReadOnlyList<ServiceMatch> Rank(string text, int top) => [.. new[] { A, B, C }.Take(top).Select(s => new ServiceMatch(s, 0.5))];
    }

    [Fact]
    public void Measure_KnownRanks_GivesTop1Top3AndMrr()
    {
        var scores = SuggestionEvaluation.Measure(new FixedRanker(), [new("x", "a"), new("y", "c"), new("z", "q"), new("w", "B")]);

        Assert.Equal(4, scores.Count);
        Assert.Equal(0.25, scores.Top1);
        Assert.Equal(0.75, scores.Top3);
        Assert.Equal(Math.Round((1 + 1 / 3.0 + 0 + 0.5) / 4, 3), scores.Mrr);
    }

    [Fact]
    public void Measure_EmptySet_IsZero() =>
        Assert.Equal(new SuggestionScores(0, 0, 0, 0), SuggestionEvaluation.Measure(new FixedRanker(), []));
}
