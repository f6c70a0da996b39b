namespace CityCrm.Conversations.Contacts.Profiles;

/// <summary>
/// One line of a contact's audit trail: a change to one field (<see cref="Action"/> "change", with old and new
/// values), a merge and its undo, or a staff member reading the contact's personal data ("read").
/// </summary>
public sealed record ContactAuditEntry(
    string ContactId, string Actor, DateTimeOffset At, string Action, string? Field, string? OldValue, string? NewValue)
{
    public const string Change = "change";
    public const string Read = "read";
    public const string Merge = "merge";
    public const string Unmerge = "unmerge";
}
