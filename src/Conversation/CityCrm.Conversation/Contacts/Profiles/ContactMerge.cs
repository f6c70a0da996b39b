namespace CityCrm.Conversations.Contacts.Profiles;

/// <summary>
/// A merge of <see cref="SourceId"/> into <see cref="TargetId"/>: who did it and when, until when it can be undone,
/// and how many conversations, cases, consent records and identities moved.
/// </summary>
public sealed record ContactMerge(
    string Id, string SourceId, string TargetId, string Actor, DateTimeOffset At, DateTimeOffset UndoUntil, DateTimeOffset? UndoneAt,
    int Conversations, int Cases, int Consents, int Identities);
