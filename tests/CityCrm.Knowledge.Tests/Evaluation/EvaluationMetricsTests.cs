using CityCrm.Knowledge.Evaluation;

namespace CityCrm.Knowledge.Tests.Evaluation;

public sealed class EvaluationMetricsTests
{
    private static EvaluationOutcome Outcome(string? expected, AnswerDecision? decision, params string[] ranked) =>
        new(new EvaluationQuestion("q", expected), ranked, decision);

    // Hand-made: ranks 1, 2, 3, missing, 1 for five in-scope questions; two out-of-scope questions.
    private static readonly EvaluationOutcome[] Set =
    [
        Outcome("a", AnswerDecision.Answer, "a", "b", "c"),
        Outcome("b", AnswerDecision.Answer, "a", "b", "c"),
        Outcome("c", AnswerDecision.Clarify, "a", "b", "c"),
        Outcome("d", AnswerDecision.OfferHandoff, "a", "b", "c"),
        Outcome("e", AnswerDecision.Clarify, "e", "a"),
        Outcome(null, AnswerDecision.Answer, "a"),
        Outcome(null, AnswerDecision.OfferHandoff, "a"),
    ];

    [Fact]
    public void Compute_HandMadeSet_RankMetrics()
    {
        var m = EvaluationMetrics.Compute(Set);

        Assert.Equal(5, m.InScope);
        Assert.Equal(2, m.OutOfScope);
        Assert.Equal(2.0 / 5, m.Top1, 10);
        Assert.Equal(4.0 / 5, m.Top3, 10);
        Assert.Equal((1 + 0.5 + (1.0 / 3) + 0 + 1) / 5, m.Mrr, 10);
    }

    [Fact]
    public void Compute_HandMadeSet_DecisionMetrics()
    {
        var m = EvaluationMetrics.Compute(Set);

        // Wrong and answered: question "b" (top-1 is "a") and the first out-of-scope question.
        Assert.Equal(2, m.WrongConfident);
        Assert.Equal(2.0 / 7, m.WrongConfidentRate, 10);
        // Right at the top: "a" (answered) and "e" (clarified, so declined).
        Assert.Equal(2, m.RightAtTop);
        Assert.Equal(1, m.DeclinedRight);
        Assert.Equal(0.5, m.DeclinedRightRate, 10);
    }

    [Fact]
    public void Compute_NoDecisions_DecisionCountsStayZero()
    {
        var m = EvaluationMetrics.Compute([Outcome("a", null, "b"), Outcome("a", null, "a"), Outcome(null, null, "a")]);

        Assert.Equal(0, m.WrongConfident);
        Assert.Equal(0, m.DeclinedRight);
        Assert.Equal(0.5, m.Top1, 10);
    }

    [Fact]
    public void Compute_Empty_AllZero()
    {
        var m = EvaluationMetrics.Compute([]);

        Assert.Equal(0, m.Top1);
        Assert.Equal(0, m.Mrr);
        Assert.Equal(0, m.WrongConfidentRate);
    }
}
