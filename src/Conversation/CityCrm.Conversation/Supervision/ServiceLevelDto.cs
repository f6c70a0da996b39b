namespace CityCrm.Conversations.Supervision;

/// <summary>
/// Today's service level: of the conversations handed off today, the share an agent answered within
/// <paramref name="TargetSeconds"/>; null when none was handed off.
/// </summary>
public sealed record ServiceLevelDto(int TargetSeconds, int HandedOff, int AnsweredInTarget, double? Share)
{
    /// <summary>Counts the conversations queued in the facts given (today's).</summary>
    public static ServiceLevelDto From(IEnumerable<ConversationFact> facts, int targetSeconds, DateTimeOffset since)
    {
        var handedOff = facts.Where(f => f.QueuedAt >= since).ToList();
        var inTarget = handedOff.Count(f => f.FirstAgentReplyAt is { } reply && (reply - f.QueuedAt!.Value).TotalSeconds <= targetSeconds);
        return new ServiceLevelDto(targetSeconds, handedOff.Count, inTarget, handedOff.Count == 0 ? null : (double)inTarget / handedOff.Count);
    }
}
