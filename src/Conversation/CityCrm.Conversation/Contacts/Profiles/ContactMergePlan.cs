namespace CityCrm.Conversations.Contacts.Profiles;

/// <summary>
/// A merge ready to be stored: both profiles before (kept for the undo) and after, and the audit entries that
/// go with it. The store moves the source's conversations, cases, consents and identities to the target.
/// </summary>
public sealed record ContactMergePlan(
    string Id, string Actor, DateTimeOffset At, DateTimeOffset UndoUntil,
    ContactProfileData SourceBefore, ContactProfileData TargetBefore,
    ContactProfileData SourceAfter, ContactProfileData TargetAfter,
    IReadOnlyList<ContactAuditEntry> Audit);
