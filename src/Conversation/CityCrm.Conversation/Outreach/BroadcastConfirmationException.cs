namespace CityCrm.Conversations.Outreach;

/// <summary>A broadcast that needs an explicit confirmation first: its segment is empty, or larger than the configured size.</summary>
public sealed class BroadcastConfirmationException(int recipients, int confirmAbove)
    : Exception(recipients == 0
        ? "The segment reaches no one. Send again with confirmation to record an empty broadcast."
        : $"The segment reaches {recipients} people, more than {confirmAbove}. Send again with confirmation to go ahead.")
{
    public int Recipients { get; } = recipients;
}
