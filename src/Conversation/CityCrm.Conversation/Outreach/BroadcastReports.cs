namespace CityCrm.Conversations.Outreach;

/// <summary>A broadcast's report: its counts, with the waiting recipients shown as held while quiet hours last.</summary>
public sealed class BroadcastReports(IBroadcastStore broadcasts, QuietHours quiet, TimeProvider clock)
{
    public async Task<BroadcastReport> ReportAsync(string broadcastId, CancellationToken cancellationToken) =>
        (await broadcasts.CountAsync(broadcastId, cancellationToken)).ToReport(quiet.EndOf(clock.GetUtcNow()) is not null);
}
