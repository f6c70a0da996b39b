namespace CityCrm.Knowledge.Evaluation;

/// <summary>
/// What a ranking returned for one question: the article ids best first, and the bot's decision when the
/// ranking has one (a plain baseline has none).
/// </summary>
public sealed record EvaluationOutcome(EvaluationQuestion Question, IReadOnlyList<string> RankedIds, AnswerDecision? Decision = null)
{
    /// <summary>The 1-based rank of the expected article, or 0 when it is missing or there is none.</summary>
    public int ExpectedRank
    {
        get
        {
            if (Question.ExpectedId is null)
                return 0;
            for (var i = 0; i < RankedIds.Count; i++)
            {
                if (RankedIds[i] == Question.ExpectedId)
                    return i + 1;
            }
            return 0;
        }
    }
}
