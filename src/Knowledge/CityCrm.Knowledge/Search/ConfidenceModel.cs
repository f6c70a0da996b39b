namespace CityCrm.Knowledge.Search;

/// <summary>
/// Turns the signals of a search into a confidence and a decision.
/// <list type="bullet">
/// <item>Coverage is the base: an article that lacks the question's rare words is not the answer however it ranks.</item>
/// <item>Words found only in the summary or body count for less: the article mentions them without being about them.</item>
/// <item>An article whose title and tags hold none of the words matched only incidental ones ("how far", "good
/// morning" in an example question) and is at most a suggestion; one whose title or tags hold only a city
/// synonym of a word is discounted half as much.</item>
/// <item>A runner-up that matches about as well and ranks nearly as high lowers it: the resident should pick.</item>
/// </list>
/// </summary>
internal static class ConfidenceModel
{
    /// <summary>How well one article matches a question (0..1): its coverage less the weak and off-topic discounts.</summary>
    public static double Quality(Coverage coverage, KnowledgeOptions options)
    {
        if (coverage.Total <= 0)
            return 0;
        var strongShare = Math.Clamp(coverage.Strong / coverage.Total, 0, 1);
        var quality = coverage.Total * (1 - (options.WeakMatchPenalty * (1 - strongShare)));
        return quality * (1 - (options.OffTopicPenalty * (1 - Math.Clamp(coverage.Topical, 0, 1))));
    }

    public static double Confidence(ConfidenceSignals signals, KnowledgeOptions options)
    {
        if (signals.TopQuality <= 0)
            return 0;
        var closeness = options.ClearMargin <= 0 ? 0 : 1 - Math.Clamp(signals.Margin / options.ClearMargin, 0, 1);
        var rivalry = Math.Min(1, signals.RunnerUpQuality / signals.TopQuality);
        var confidence = signals.TopQuality * (1 - (options.AmbiguityPenalty * closeness * rivalry));
        return Math.Round(Math.Clamp(confidence, 0, 1), 3);
    }

    public static AnswerDecision Decide(double confidence, KnowledgeOptions options) =>
        confidence >= options.AnswerThreshold ? AnswerDecision.Answer
        : confidence >= options.ClarifyThreshold ? AnswerDecision.Clarify
        : AnswerDecision.OfferHandoff;
}
