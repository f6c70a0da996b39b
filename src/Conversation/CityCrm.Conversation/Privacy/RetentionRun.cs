using System.Text.Json;
using CityCrm.Conversations.Audit;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Privacy;

/// <summary>
/// One pass of the retention schedule: conversations resolved longer ago than their period, then closed cases, then
/// contacts with nothing left, then the record types kept by age alone, a batch of each. Held subjects are skipped by
/// the store's queries. Each batch is one commit, so a pass cut short loses nothing and the next one carries on;
/// what it did is written to the audit log as counts.
/// </summary>
public sealed class RetentionRun(IPrivacyStore store, IAuditLog audit, IOptions<RetentionOptions> options, TimeProvider clock)
{
    /// <summary>The audit log's action for a run.</summary>
    public const string AuditAction = "retention.run";

    /// <summary>Runs one pass; the counts of what it removed.</summary>
    public async Task<RetentionCounts> RunOnceAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var now = clock.GetUtcNow();
        var started = clock.GetTimestamp();
        int conversations = 0, messages = 0, cases = 0, contacts = 0;
        if (o.ResolvedConversationsDays > 0)
        {
            var due = await store.DueConversationsAsync(now.AddDays(-o.ResolvedConversationsDays), o.BatchSize, cancellationToken);
            messages = await store.AnonymizeConversationsAsync(due, now, RemovedText.Retention, cancellationToken);
            conversations = due.Count;
        }
        if (o.ClosedCasesDays > 0)
            cases = await store.AnonymizeCasesAsync(await store.DueCasesAsync(now.AddDays(-o.ClosedCasesDays), o.BatchSize, cancellationToken), now, RemovedText.Retention, cancellationToken);
        contacts = await store.AnonymizeContactsAsync(await store.DueContactsAsync(o.BatchSize, cancellationToken), now, cancellationToken);
        var scrubbed = new Dictionary<string, int>();
        foreach (var record in Enum.GetValues<RetentionRecord>())
        {
            if (o.DaysFor(record) > 0)
                scrubbed[JsonNamingPolicy.CamelCase.ConvertName(record.ToString())] =
                    await store.ScrubAsync(record, now.AddDays(-o.DaysFor(record)), o.BatchSize, cancellationToken);
        }
        var counts = new RetentionCounts(conversations, messages, cases, contacts, scrubbed);
        // A pass that found nothing is not worth an audit line every hour.
        if (counts.Any)
            await audit.WriteAsync(new AuditRecord(now, "retention schedule", AuditAction, null, null,
                JsonSerializer.Serialize(counts, PrivacyJson.Options), clock.GetElapsedTime(started).TotalMilliseconds), cancellationToken);
        return counts;
    }
}
