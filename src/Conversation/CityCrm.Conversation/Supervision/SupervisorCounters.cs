using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Supervision;

/// <summary>Counts the dashboard's live figures from the stores and the presence and queue snapshots.</summary>
public sealed class SupervisorCounters(
    ISupervisorReports reports,
    IQueueSnapshot queues,
    IPresenceSnapshot presence,
    IOptions<SupervisorOptions> options,
    TimeProvider clock)
{
    private readonly CityCalendar calendar = new(options.Value.Zone);

    public async Task<SupervisorCountersDto> CountAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = calendar.StartOfToday(now);
        var conversations = await reports.CountConversationsAsync(today, cancellationToken);
        var facts = await reports.ListConversationFactsAsync(today, now.AddTicks(1), cancellationToken);
        return new SupervisorCountersDto(
            now,
            calendar.DateOf(now),
            [.. conversations.Select(c => new ChannelStateDto(c.Channel, StateNames.Of(c.Status), c.Count))],
            await queues.ReadAsync(now, cancellationToken),
            await presence.CountAsync(cancellationToken),
            ServiceLevelDto.From(facts, options.Value.ServiceLevelTargetSeconds, today, queues.SlaTargetSecondsOf),
            await reports.CountCasesAsync(today, cancellationToken));
    }
}
