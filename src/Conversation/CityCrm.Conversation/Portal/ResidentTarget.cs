namespace CityCrm.Conversations.Portal;

/// <summary>Where a sign-in code for a known contact goes: the contact, and the inbox and channel that reach the address.</summary>
public sealed record ResidentTarget(string ContactId, string InboxId, string ChannelId, string Address);
