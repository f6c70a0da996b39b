namespace CityCrm.Conversations.Outreach;

/// <summary>A broadcast's recipients counted as stored, before quiet hours are considered.</summary>
public sealed record BroadcastCounts(
    int Planned, int Waiting, int Sent, int Delivered, int Failed, int OptedOut, int Unreachable, int Cancelled, IReadOnlyDictionary<string, int> ByChannel)
{
    /// <summary>The report, with every waiting recipient held when <paramref name="quiet"/>.</summary>
    public BroadcastReport ToReport(bool quiet) =>
        new(Planned, Waiting, quiet ? Waiting : 0, Sent, Delivered, Failed, OptedOut, Unreachable, Cancelled, ByChannel);
}
