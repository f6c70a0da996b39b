namespace CityCrm.Conversations.Contacts.Profiles;

/// <summary>Merges of contacts and their undo, each in one transaction.</summary>
public interface IContactMergeStore
{
    /// <summary>
    /// Saves both profiles (refused with <see cref="Model.ConcurrencyConflictException"/> when either changed since
    /// it was read), moves the source's conversations, cases, consent records and identities to the target, and
    /// records exactly what moved.
    /// </summary>
    Task<ContactMerge> MergeAsync(ContactMergePlan plan, CancellationToken cancellationToken);

    /// <summary>The merge, or null.</summary>
    Task<ContactMerge?> GetAsync(string mergeId, CancellationToken cancellationToken);

    /// <summary>
    /// Moves back exactly what the merge moved and restores both profiles as they were, when it is within the
    /// undo window and the target was not edited since.
    /// </summary>
    Task<UndoMergeOutcome> UndoAsync(string mergeId, string actor, DateTimeOffset at, CancellationToken cancellationToken);
}
