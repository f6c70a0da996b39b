namespace CityCrm.Conversations.Supervision;

/// <summary>
/// What the supervisor dashboard reads and the one thing it records: the conversations' timeline of hand-offs,
/// assignments and resolutions (the aggregate keeps only the latest of each). Times are instants; periods are
/// half-open, <c>[from, to)</c>.
/// </summary>
public interface ISupervisorReports
{
    /// <summary>Records one step of a conversation's timeline; the same step at the same instant is stored once.</summary>
    Task RecordAsync(TimelineEntry entry, CancellationToken cancellationToken);

    /// <summary>
    /// Every conversation created in the period or handed off in it, with its first hand-off, assignment, agent reply
    /// and resolution from the timeline (falling back to the conversation's own fields), oldest first.
    /// </summary>
    Task<IReadOnlyList<ConversationFact>> ListConversationFactsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>
    /// Conversations by channel and status: every one waiting for or held by an agent, and the others changed since
    /// <paramref name="since"/> (the start of the city's day).
    /// </summary>
    Task<IReadOnlyList<ConversationCount>> CountConversationsAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>The residents' messages with text written in the period, oldest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<InboundText>> ListInboundTextsAsync(DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Cases per department: opened since <paramref name="since"/>, not closed now (any age), and closed since then
    /// (their last change was the closing).
    /// </summary>
    Task<IReadOnlyList<DepartmentCases>> CountCasesAsync(DateTimeOffset since, CancellationToken cancellationToken);
}
