namespace CityCrm.Knowledge.Evaluation;

/// <summary>
/// How well a ranking does on an evaluation set. Top-1, top-3 and MRR are over the in-scope questions;
/// <see cref="WrongConfident"/> counts every question the bot would answer with the wrong article (an
/// out-of-scope question answered at all counts); <see cref="DeclinedRight"/> counts in-scope questions
/// whose top article was right but the bot did not answer.
/// </summary>
public sealed record EvaluationMetrics(
    int InScope,
    int OutOfScope,
    double Top1,
    double Top3,
    double Mrr,
    int WrongConfident,
    int DeclinedRight,
    int RightAtTop)
{
    /// <summary>Wrong confident answers over all questions.</summary>
    public double WrongConfidentRate => InScope + OutOfScope == 0 ? 0 : (double)WrongConfident / (InScope + OutOfScope);

    /// <summary>Declines over the questions whose top article was right.</summary>
    public double DeclinedRightRate => RightAtTop == 0 ? 0 : (double)DeclinedRight / RightAtTop;

    /// <summary>Computes the metrics; the decision counts stay 0 for outcomes without a decision.</summary>
    public static EvaluationMetrics Compute(IReadOnlyCollection<EvaluationOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        int inScope = 0, outOfScope = 0, top1 = 0, top3 = 0, wrongConfident = 0, declinedRight = 0;
        var reciprocal = 0.0;
        foreach (var outcome in outcomes)
        {
            var rank = outcome.ExpectedRank;
            var answered = outcome.Decision == AnswerDecision.Answer;
            if (outcome.Question.ExpectedId is null)
            {
                outOfScope++;
                if (answered && outcome.RankedIds.Count > 0)
                    wrongConfident++;
                continue;
            }
            inScope++;
            if (rank == 1)
                top1++;
            if (rank is >= 1 and <= 3)
                top3++;
            if (rank > 0)
                reciprocal += 1.0 / rank;
            if (answered && rank != 1)
                wrongConfident++;
            if (rank == 1 && outcome.Decision is { } decision && decision != AnswerDecision.Answer)
                declinedRight++;
        }
        return new EvaluationMetrics(
            inScope, outOfScope,
            inScope == 0 ? 0 : (double)top1 / inScope,
            inScope == 0 ? 0 : (double)top3 / inScope,
            inScope == 0 ? 0 : reciprocal / inScope,
            wrongConfident, declinedRight, top1);
    }
}
