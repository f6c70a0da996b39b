using System.Text.Json;
using CityCrm.Knowledge;
using CityCrm.Knowledge.Insights;

namespace CityCrm.Storage.Sqlite;

// The Dapper row shape of answer_log; enums are stored by name so the table reads well in a SQL shell.
internal sealed class AnswerLogRow
{
    public const string Columns =
        "id, at, conversation_id, message_id, message_sequence, channel, language, question, hits, confidence, decision, outcome, " +
        "article_id, article_version, helpful, feedback_at, handoff_at, handled_at, handled_article_id";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Id { get; set; } = "";
    public string At { get; set; } = "";
    public string ConversationId { get; set; } = "";
    public string MessageId { get; set; } = "";
    public long MessageSequence { get; set; }
    public string Channel { get; set; } = "";
    public string Language { get; set; } = "";
    public string Question { get; set; } = "";
    public string Hits { get; set; } = "[]";
    public double Confidence { get; set; }
    public string Decision { get; set; } = "";
    public string Outcome { get; set; } = "";
    public string? ArticleId { get; set; }
    public long? ArticleVersion { get; set; }
    public long? Helpful { get; set; }
    public string? FeedbackAt { get; set; }
    public string? HandoffAt { get; set; }
    public string? HandledAt { get; set; }
    public string? HandledArticleId { get; set; }

    public static AnswerLogRow From(AnswerRecord r) => new()
    {
        Id = r.Id,
        At = SqliteConversationStore.Iso(r.At),
        ConversationId = r.ConversationId,
        MessageId = r.MessageId,
        MessageSequence = r.MessageSequence,
        Channel = r.Channel,
        Language = r.Language,
        Question = r.Question,
        Hits = JsonSerializer.Serialize(r.Hits, Json),
        Confidence = r.Confidence,
        Decision = r.Decision.ToString(),
        Outcome = r.Outcome.ToString(),
        ArticleId = r.ArticleId,
        ArticleVersion = r.ArticleVersion,
        Helpful = r.Helpful is { } h ? (h ? 1 : 0) : null,
        FeedbackAt = r.FeedbackAt is { } f ? SqliteConversationStore.Iso(f) : null,
        HandoffAt = r.HandoffAt is { } o ? SqliteConversationStore.Iso(o) : null,
        HandledAt = r.HandledAt is { } d ? SqliteConversationStore.Iso(d) : null,
        HandledArticleId = r.HandledArticleId,
    };

    public AnswerRecord ToRecord() => new()
    {
        Id = Id,
        At = ContactRow.Parse(At),
        ConversationId = ConversationId,
        MessageId = MessageId,
        MessageSequence = MessageSequence,
        Channel = Channel,
        Language = Language,
        Question = Question,
        Hits = JsonSerializer.Deserialize<List<AnswerRecordHit>>(Hits, Json) ?? [],
        Confidence = Confidence,
        Decision = Enum.Parse<AnswerDecision>(Decision),
        Outcome = Enum.Parse<AnswerOutcome>(Outcome),
        ArticleId = ArticleId,
        ArticleVersion = ArticleVersion is { } v ? (int)v : null,
        Helpful = Helpful is { } h ? h != 0 : null,
        FeedbackAt = ContactRow.ParseNullable(FeedbackAt),
        HandoffAt = ContactRow.ParseNullable(HandoffAt),
        HandledAt = ContactRow.ParseNullable(HandledAt),
        HandledArticleId = HandledArticleId,
    };
}
