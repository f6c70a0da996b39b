using CityCrm.Conversations.Model;

namespace CityCrm.Conversations.Contacts.Profiles;

/// <summary>
/// Merges two contacts the staff found to be one person: the target takes in the source's details, conversations,
/// cases, consents and identities; the source is closed to edits. Never done automatically, and undoable for
/// <see cref="UndoWindow"/>, which puts everything back exactly as it was.
/// </summary>
public sealed class ContactMerger(IContactProfileStore profiles, IContactMergeStore merges, TimeProvider clock)
{
    /// <summary>How long a merge can be undone.</summary>
    public static readonly TimeSpan UndoWindow = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Merges <paramref name="sourceId"/> into <paramref name="targetId"/>. Throws <see cref="InvalidTransitionException"/>
    /// for a contact merged with itself or one already merged, <see cref="KeyNotFoundException"/> for an unknown one.
    /// </summary>
    public async Task<ContactMerge> MergeAsync(string targetId, string sourceId, string actor, CancellationToken cancellationToken)
    {
        if (string.Equals(targetId, sourceId, StringComparison.Ordinal))
            throw new InvalidTransitionException("A contact cannot be merged with itself.");
        var target = await profiles.GetAsync(targetId, cancellationToken) ?? throw new KeyNotFoundException($"No contact has the id {targetId}.");
        var source = await profiles.GetAsync(sourceId, cancellationToken) ?? throw new KeyNotFoundException($"No contact has the id {sourceId}.");
        if (source.MergedInto is not null)
            throw new InvalidTransitionException($"Contact {sourceId} was already merged into {source.MergedInto}.");
        var at = clock.GetUtcNow();
        var targetProfile = new ContactProfile(target);
        targetProfile.Absorb(source);
        var sourceProfile = new ContactProfile(source);
        sourceProfile.MarkMergedInto(targetId);
        var audit = new List<ContactAuditEntry>
        {
            new(targetId, actor, at, ContactAuditEntry.Merge, "contact", sourceId, targetId),
            new(sourceId, actor, at, ContactAuditEntry.Merge, "contact", sourceId, targetId),
        };
        audit.AddRange(targetProfile.Changes.Select(c => new ContactAuditEntry(targetId, actor, at, ContactAuditEntry.Change, c.Field, c.Old, c.New)));
        audit.AddRange(sourceProfile.Changes.Select(c => new ContactAuditEntry(sourceId, actor, at, ContactAuditEntry.Change, c.Field, c.Old, c.New)));
        var plan = new ContactMergePlan(
            Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8)), actor, at, at + UndoWindow,
            source, target,
            sourceProfile.Data with { Version = source.Version + 1, UpdatedAt = at },
            targetProfile.Data with { Version = target.Version + 1, UpdatedAt = at },
            audit);
        return await merges.MergeAsync(plan, cancellationToken);
    }

    /// <summary>Undoes the merge, when still possible (see <see cref="UndoMergeOutcome"/>).</summary>
    public Task<UndoMergeOutcome> UndoAsync(string mergeId, string actor, CancellationToken cancellationToken) =>
        merges.UndoAsync(mergeId, actor, clock.GetUtcNow(), cancellationToken);
}
