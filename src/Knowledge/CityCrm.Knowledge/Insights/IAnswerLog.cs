namespace CityCrm.Knowledge.Insights;

/// <summary>
/// The durable record of every question the bot answered from the knowledge base, with what followed.
/// Implementations commit each call before returning.
/// </summary>
public interface IAnswerLog
{
    /// <summary>Stores a new record (its <see cref="AnswerRecord.Id"/> must be new).</summary>
    Task AddAsync(AnswerRecord record, CancellationToken cancellationToken);

    Task<AnswerRecord?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>The conversation's most recent record, or null.</summary>
    Task<AnswerRecord?> FindLatestAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>The conversation's records, oldest first.</summary>
    Task<IReadOnlyList<AnswerRecord>> ListForConversationAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Every record made at or after <paramref name="since"/>, oldest first.</summary>
    Task<IReadOnlyList<AnswerRecord>> ListSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Sets the resident's feedback on a record; false when there is no such record.</summary>
    Task<bool> SetFeedbackAsync(string id, bool helpful, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Notes a hand-off to a person on the conversation's latest record made before <paramref name="at"/>, unless
    /// that record already has one; returns the id of the record marked, or null.
    /// </summary>
    Task<string?> RecordHandoffAsync(string conversationId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Marks records as dealt with by an editor; returns how many were not already handled.</summary>
    Task<int> MarkHandledAsync(IReadOnlyCollection<string> ids, string? articleId, DateTimeOffset at, CancellationToken cancellationToken);
}
