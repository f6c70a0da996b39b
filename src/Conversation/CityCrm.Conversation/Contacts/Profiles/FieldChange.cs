namespace CityCrm.Conversations.Contacts.Profiles;

/// <summary>One field of a contact as it was and as it became, for the audit trail (null: empty).</summary>
public sealed record FieldChange(string Field, string? Old, string? New);
