namespace CityCrm.Conversations.Outreach;

/// <summary>Where a broadcast is: being sent (some recipients still wait), finished, or cancelled by a supervisor.</summary>
public static class BroadcastStatus
{
    public const string Sending = "sending";
    public const string Finished = "finished";
    public const string Cancelled = "cancelled";
}
