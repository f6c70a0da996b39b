namespace CityCrm.Conversations.Contacts.Consent;

/// <summary>Whether a message may be sent, and when not, why (shown to staff on the blocked message).</summary>
public sealed record ConsentDecision(bool Allowed, string? Reason)
{
    public static readonly ConsentDecision Allow = new(true, null);

    public static ConsentDecision Block(string reason) => new(false, reason);
}
