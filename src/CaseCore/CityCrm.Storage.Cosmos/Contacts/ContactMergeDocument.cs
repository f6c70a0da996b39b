using CityCrm.Conversations.Contacts.Profiles;

namespace CityCrm.Storage.Cosmos.Contacts;

/// <summary>
/// A merge (container <c>contact-merges</c>, partition: merge id): the journal of what moved and the profiles as they
/// were. <see cref="State"/> says how far it got, so an interrupted merge or undo is finished by whoever reads it next.
/// </summary>
internal sealed record ContactMergeDocument(
    string Id, string Pk, string State, string SourceId, string TargetId, string Actor, DateTimeOffset At, DateTimeOffset UndoUntil,
    DateTimeOffset? UndoneAt, MergeMoves Moved, ContactProfileData SourceBefore, ContactProfileData TargetBefore, int TargetVersion,
    IReadOnlyList<ContactAuditDocument> Audit)
{
    /// <summary>Journal written, profiles not yet both saved: not a merge (yet), and never one when a save was refused.</summary>
    public const string Planned = "planned";

    /// <summary>Both profiles saved; the moves and audit may not be finished.</summary>
    public const string Moving = "moving";

    /// <summary>Merged completely.</summary>
    public const string Merged = "merged";

    /// <summary>An undo claimed the merge and restored the target; the rest may not be finished.</summary>
    public const string Undoing = "undoing";

    /// <summary>Undone completely.</summary>
    public const string Undone = "undone";

    public ContactMerge ToMerge() => new(Id, SourceId, TargetId, Actor, At, UndoUntil, UndoneAt,
        Moved.Conversations.Count, Moved.Cases.Count, Moved.Consents.Count, Moved.Identities.Count(i => !i.Claim));
}
