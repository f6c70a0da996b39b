namespace CityCrm.Conversations.Outreach;

/// <summary>An address a contact wrote from, on an inbox (<c>contact_identities</c>).</summary>
public sealed record AudienceIdentity(string InboxId, string Address);
