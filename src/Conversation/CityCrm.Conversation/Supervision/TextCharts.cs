using CityCrm.Knowledge.Insights;

namespace CityCrm.Conversations.Supervision;

/// <summary>The charts counted from what residents wrote: top questions, topics and their trend, sentiment, CSAT.</summary>
public static class TextCharts
{
    /// <summary>How many questions the top-questions chart lists.</summary>
    public const int TopQuestions = 20;

    /// <summary>The questions the bot was asked most (same words, case and spacing aside), with the article it cited most.</summary>
    public static ReportTable Questions(IEnumerable<AnswerRecord> records) =>
        new("questions", ["question", "count", "article"],
        [
            .. records.GroupBy(r => string.Join(' ', r.Question.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
                .Where(g => g.Key.Length > 0)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Take(TopQuestions)
                .Select(g => ConversationCharts.Row(
                    g.First().Question.Trim(), g.Count(),
                    g.Select(r => r.ArticleId).OfType<string>().GroupBy(a => a).OrderByDescending(a => a.Count()).Select(a => a.Key).FirstOrDefault())),
        ]);

    /// <summary>Residents' messages per topic over the period, most first, with each topic's share of all messages.</summary>
    public static ReportTable Topics(IReadOnlyList<InboundText> texts, TopicLexicon topics)
    {
        var counts = texts.SelectMany(t => topics.Match(t.Text)).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        return new("topics", ["topic", "messages", "share"],
        [
            .. topics.Topics.Where(counts.ContainsKey).OrderByDescending(t => counts[t]).ThenBy(t => t, StringComparer.Ordinal)
                .Select(t => ConversationCharts.Row(t, counts[t], Math.Round((double)counts[t] / texts.Count, 4))),
        ]);
    }

    /// <summary>Residents' messages per day and topic (pairs without any are left out).</summary>
    public static ReportTable TopicTrends(IEnumerable<InboundText> texts, TopicLexicon topics, CityCalendar calendar) =>
        new("topic-trends", ["day", "topic", "messages"],
        [
            .. texts.SelectMany(t => topics.Match(t.Text).Select(topic => (Day: calendar.DateOf(t.At), Topic: topic)))
                .GroupBy(x => x).OrderBy(g => g.Key.Day).ThenBy(g => g.Key.Topic, StringComparer.Ordinal)
                .Select(g => ConversationCharts.Row(ConversationCharts.Day(g.Key.Day), g.Key.Topic, g.Count())),
        ]);

    /// <summary>Per day: residents' messages, their average sentiment (-1..1, over messages with a scored word), and how many read positive or negative.</summary>
    public static ReportTable Sentiment(IEnumerable<InboundText> texts, SentimentLexicon lexicon, ReportPeriod period, CityCalendar calendar)
    {
        var byDay = texts.Select(t => (Day: calendar.DateOf(t.At), Score: lexicon.Score(t.Text))).ToLookup(x => x.Day, x => x.Score);
        return new("sentiment", ["day", "messages", "avg_score", "positive", "negative", "neutral"],
        [
            .. period.Days().Select(day =>
            {
                var scores = byDay[day].ToList();
                var scored = scores.Where(s => s.Matched > 0).Select(s => s.Score).ToList();
                var positive = scores.Count(s => s.IsPositive);
                var negative = scores.Count(s => s.IsNegative);
                return ConversationCharts.Row(ConversationCharts.Day(day), scores.Count,
                    scored.Count == 0 ? null : Math.Round(scored.Average(), 3), positive, negative, scores.Count - positive - negative);
            }),
        ]);
    }

    /// <summary>Per day: survey answers and their average (1..5); no answers leave the average empty.</summary>
    public static ReportTable Csat(IEnumerable<CsatAnswer> answers, ReportPeriod period, CityCalendar calendar)
    {
        var byDay = answers.ToLookup(a => calendar.DateOf(a.At), a => (double)a.Score);
        return new("csat", ["day", "responses", "avg_score"],
        [
            .. period.Days().Select(day => ConversationCharts.Row(ConversationCharts.Day(day), byDay[day].Count(), ConversationCharts.Average([.. byDay[day]]))),
        ]);
    }
}
