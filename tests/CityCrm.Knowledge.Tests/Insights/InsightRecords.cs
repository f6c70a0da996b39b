using CityCrm.Knowledge.Insights;

namespace CityCrm.Knowledge.Tests.Insights;

/// <summary>Answer records as the bot writes them, for the clustering and analytics tests.</summary>
internal static class InsightRecords
{
    public static readonly DateTimeOffset Now = new(2026, 5, 20, 12, 0, 0, TimeSpan.Zero);

    private static int next;

    public static AnswerRecord Declined(string question, double daysAgo, params string[] hits) => new()
    {
        Id = $"q{Interlocked.Increment(ref next):D4}",
        At = Now.AddDays(-daysAgo),
        ConversationId = "c" + next,
        MessageId = $"c{next}|0000002",
        MessageSequence = 2,
        Channel = "webchat",
        Language = "en",
        Question = question,
        Hits = [.. hits.Select(h => new AnswerRecordHit(h, 1, 0.3))],
        Confidence = 0.2,
        Decision = AnswerDecision.OfferHandoff,
        Outcome = AnswerOutcome.Declined,
    };

    public static AnswerRecord Answered(string question, double daysAgo, string articleId, bool? helpful = null, bool handoff = false) =>
        Declined(question, daysAgo, articleId) with
        {
            Confidence = 0.9,
            Decision = AnswerDecision.Answer,
            Outcome = AnswerOutcome.Answered,
            ArticleId = articleId,
            ArticleVersion = 2,
            Helpful = helpful,
            HandoffAt = handoff ? Now.AddDays(-daysAgo).AddMinutes(1) : null,
        };
}
