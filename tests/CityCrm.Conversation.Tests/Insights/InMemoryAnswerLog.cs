using CityCrm.Knowledge.Insights;

namespace CityCrm.Conversations.Tests.Insights;

/// <summary>The answer log in memory, with the behaviour the SQLite store's contract tests pin.</summary>
public sealed class InMemoryAnswerLog : IAnswerLog
{
    private readonly List<AnswerRecord> records = [];
    private readonly Lock gate = new();

    public IReadOnlyList<AnswerRecord> All
    {
        get { lock (gate) return [.. records]; }
    }

    public Task AddAsync(AnswerRecord record, CancellationToken cancellationToken)
    {
        lock (gate)
            records.Add(record);
        return Task.CompletedTask;
    }

    public Task<AnswerRecord?> GetAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(Find(r => r.Id == id).FirstOrDefault());

    public Task<AnswerRecord?> FindLatestAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(Find(r => r.ConversationId == conversationId).LastOrDefault());

    public Task<IReadOnlyList<AnswerRecord>> ListForConversationAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AnswerRecord>>(Find(r => r.ConversationId == conversationId));

    public Task<IReadOnlyList<AnswerRecord>> ListSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AnswerRecord>>(Find(r => r.At >= since));

    public Task<bool> SetFeedbackAsync(string id, bool helpful, DateTimeOffset at, CancellationToken cancellationToken) =>
        Task.FromResult(Update(r => r.Id == id, r => r with { Helpful = helpful, FeedbackAt = at }) > 0);

    public Task<string?> RecordHandoffAsync(string conversationId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var latest = records.Where(r => r.ConversationId == conversationId && r.At <= at).LastOrDefault();
            if (latest is null || latest.HandoffAt is not null)
                return Task.FromResult<string?>(null);
            records[records.IndexOf(latest)] = latest with { HandoffAt = at };
            return Task.FromResult<string?>(latest.Id);
        }
    }

    public Task<int> MarkHandledAsync(IReadOnlyCollection<string> ids, string? articleId, DateTimeOffset at, CancellationToken cancellationToken) =>
        Task.FromResult(Update(r => ids.Contains(r.Id) && r.HandledAt is null, r => r with { HandledAt = at, HandledArticleId = articleId }));

    private List<AnswerRecord> Find(Func<AnswerRecord, bool> predicate)
    {
        lock (gate)
            return [.. records.Where(predicate)];
    }

    private int Update(Func<AnswerRecord, bool> predicate, Func<AnswerRecord, AnswerRecord> change)
    {
        lock (gate)
        {
            var count = 0;
            for (var i = 0; i < records.Count; i++)
            {
                if (!predicate(records[i]))
                    continue;
                records[i] = change(records[i]);
                count++;
            }
            return count;
        }
    }
}
