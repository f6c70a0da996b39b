namespace CityCrm.Conversations.Model;

/// <summary>A contact's address on one inbox (phone number, email, Direct Line user id); unique on (inbox, address).</summary>
public sealed record ContactIdentity(string InboxId, string Address, string ContactId);
