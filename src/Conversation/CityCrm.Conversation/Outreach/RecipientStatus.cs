namespace CityCrm.Conversations.Outreach;

/// <summary>
/// A recipient's state: planned (waiting its turn), sending (its conversation chosen, the message perhaps written),
/// sent (written to the outbox with the broadcast's idempotency key), opted-out, unreachable, or cancelled.
/// </summary>
public static class RecipientStatus
{
    public const string Planned = "planned";
    public const string Sending = "sending";
    public const string Sent = "sent";
    public const string OptedOut = "opted-out";
    public const string Unreachable = "unreachable";
    public const string Cancelled = "cancelled";
}
