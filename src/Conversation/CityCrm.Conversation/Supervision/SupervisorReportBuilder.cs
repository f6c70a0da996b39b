using CityCrm.Knowledge.Insights;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Supervision;

/// <summary>Builds any of the dashboard's charts over a period of the city's days.</summary>
public sealed class SupervisorReportBuilder(
    ISupervisorReports reports,
    IAnswerLog answers,
    ICsatSource csat,
    SentimentLexicon sentiment,
    TopicLexicon topics,
    IOptions<SupervisorOptions> options)
{
    /// <summary>The charts, by the names the API and the CSV export use.</summary>
    public static readonly IReadOnlyList<string> Charts = ["volume", "questions", "topics", "containment", "handle-time", "csat", "sentiment", "topic-trends"];

    public CityCalendar Calendar { get; } = new(options.Value.Zone);

    /// <summary>The chart's table, or null for a chart name not in <see cref="Charts"/>.</summary>
    public async Task<ReportTable?> BuildAsync(string chart, ReportPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var (from, to) = period.Instants(Calendar);
        return chart switch
        {
            "volume" => ConversationCharts.Volume(await reports.ListConversationFactsAsync(from, to, cancellationToken), period, Calendar),
            "containment" => ConversationCharts.Containment(await reports.ListConversationFactsAsync(from, to, cancellationToken), period, Calendar),
            // Resolution in the period counts, whenever the conversation started: a year back is enough to find them.
            "handle-time" => ConversationCharts.HandleTime(await reports.ListConversationFactsAsync(from.AddDays(-options.Value.MaxDays), to, cancellationToken), period, Calendar),
            "questions" => TextCharts.Questions((await answers.ListSinceAsync(from, cancellationToken)).Where(r => r.At < to)),
            "topics" => TextCharts.Topics(await TextsAsync(from, to, cancellationToken), topics),
            "topic-trends" => TextCharts.TopicTrends(await TextsAsync(from, to, cancellationToken), topics, Calendar),
            "sentiment" => TextCharts.Sentiment(await TextsAsync(from, to, cancellationToken), sentiment, period, Calendar),
            "csat" => TextCharts.Csat(await csat.ListAsync(from, to, cancellationToken), period, Calendar),
            _ => null,
        };
    }

    private Task<IReadOnlyList<InboundText>> TextsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        reports.ListInboundTextsAsync(from, to, options.Value.MaxTexts, cancellationToken);
}
