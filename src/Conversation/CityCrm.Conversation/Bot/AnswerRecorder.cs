using CityCrm.Conversations.Model;
using CityCrm.Knowledge;
using CityCrm.Knowledge.Insights;
using CityCrm.Knowledge.Languages;
using CityCrm.Conversations.Observability;
using Microsoft.Extensions.Logging;

namespace CityCrm.Conversations.Bot;

/// <summary>Writes the answer record of each question the bot takes to the knowledge base.</summary>
public sealed class AnswerRecorder(IAnswerLog log, TimeProvider clock, ILogger<AnswerRecorder> logger, CityMetrics? metrics = null)
{
    /// <summary>Records what was asked, found and done; a failure is logged and never keeps the resident from the answer.</summary>
    public async Task RecordAsync(Conversation conversation, Message question, KnowledgeResult result, CancellationToken cancellationToken)
    {
        var outcome = result.Decision switch
        {
            AnswerDecision.Answer when result.Hits.Count > 0 => AnswerOutcome.Answered,
            AnswerDecision.Clarify => AnswerOutcome.OfferedChoices,
            _ => AnswerOutcome.Declined,
        };
        var cited = outcome == AnswerOutcome.Answered ? result.Hits[0] : null;
        var record = new AnswerRecord
        {
            Id = Guid.NewGuid().ToString("N"),
            At = clock.GetUtcNow(),
            ConversationId = conversation.Id,
            MessageId = question.Id,
            MessageSequence = question.Sequence,
            Channel = conversation.ChannelId,
            // The language the resident was answered (or would have been answered) in, not the browser's.
            Language = cited?.Language ?? LanguageDetector.Detect(result.Question),
            Question = result.Question,
            Hits = [.. result.Hits.Select(h => new AnswerRecordHit(h.ArticleId, h.Version, Math.Round((double)h.Score, 4)))],
            Confidence = result.Confidence,
            Decision = result.Decision,
            Outcome = outcome,
            ArticleId = cited?.ArticleId,
            ArticleVersion = cited?.Version,
        };
        metrics?.Answer(result.Confidence, conversation.ChannelId, result.Decision.ToString().ToLowerInvariant());
        try
        {
            await log.AddAsync(record, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not record the answer to message {MessageId}", question.Id);
        }
    }
}
