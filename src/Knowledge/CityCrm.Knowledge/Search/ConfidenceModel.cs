namespace CityCrm.Knowledge.Search;

/// <summary>
/// Turns the signals of a search into a confidence and a decision. Coverage is the base: an article
/// that lacks the question's rare words is not the answer however it ranks. A narrow lead over the second
/// hit then lowers it, since two articles fit about equally well and the resident should pick.
/// </summary>
internal static class ConfidenceModel
{
    public static double Confidence(ConfidenceSignals signals, KnowledgeOptions options)
    {
        var clarity = options.ClearMargin <= 0 ? 1 : Math.Clamp(signals.Margin / options.ClearMargin, 0, 1);
        var confidence = signals.Coverage * (1 - options.MarginWeight * (1 - clarity));
        return Math.Round(Math.Clamp(confidence, 0, 1), 3);
    }

    public static AnswerDecision Decide(double confidence, KnowledgeOptions options) =>
        confidence >= options.AnswerThreshold ? AnswerDecision.Answer
        : confidence >= options.ClarifyThreshold ? AnswerDecision.Clarify
        : AnswerDecision.OfferHandoff;
}
