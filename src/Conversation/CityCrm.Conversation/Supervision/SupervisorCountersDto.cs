namespace CityCrm.Conversations.Supervision;

/// <summary>The dashboard's live counters, as pushed on <c>/hubs/supervisor</c> and read from <c>/api/supervisor/dashboard</c>.</summary>
/// <param name="At">When they were counted.</param>
/// <param name="Day">The city's date they count "today" for.</param>
/// <param name="Conversations">Conversations by channel and state ("bot", "queued", "assigned", "resolved"): all waiting or held, the rest changed today.</param>
/// <param name="Queues">Each queue's depth and longest wait.</param>
/// <param name="Agents">Agents by presence.</param>
/// <param name="ServiceLevel">Today's hand-offs answered by an agent within the target.</param>
/// <param name="Cases">Cases per department: new today, not closed, closed today.</param>
public sealed record SupervisorCountersDto(
    DateTimeOffset At,
    DateOnly Day,
    IReadOnlyList<ChannelStateDto> Conversations,
    IReadOnlyList<QueueCounter> Queues,
    IReadOnlyList<PresenceCount> Agents,
    ServiceLevelDto ServiceLevel,
    IReadOnlyList<DepartmentCases> Cases);
