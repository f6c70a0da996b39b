namespace CityCrm.Conversations.Supervision;

/// <summary>
/// Today's service level: of the conversations handed off today, the share an agent answered within their queue's
/// target (<paramref name="TargetSeconds"/> for a queue without one); null when none was handed off.
/// </summary>
public sealed record ServiceLevelDto(int TargetSeconds, int HandedOff, int AnsweredInTarget, double? Share)
{
    /// <summary>Counts the conversations queued in the facts given (today's), all against one target.</summary>
    public static ServiceLevelDto From(IEnumerable<ConversationFact> facts, int targetSeconds, DateTimeOffset since) =>
        From(facts, targetSeconds, since, _ => null);

    /// <summary>Counts the conversations queued in the facts given, each against its queue's target where it has one.</summary>
    public static ServiceLevelDto From(IEnumerable<ConversationFact> facts, int targetSeconds, DateTimeOffset since, Func<string?, int?> queueTarget)
    {
        var handedOff = facts.Where(f => f.QueuedAt >= since).ToList();
        var inTarget = handedOff.Count(f => f.FirstAgentReplyAt is { } reply
            && (reply - f.QueuedAt!.Value).TotalSeconds <= (queueTarget(f.Queue) ?? targetSeconds));
        return new ServiceLevelDto(targetSeconds, handedOff.Count, inTarget, handedOff.Count == 0 ? null : (double)inTarget / handedOff.Count);
    }
}
