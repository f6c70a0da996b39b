using CityCrm.Conversations.Contacts.Profiles;
using CityCrm.Conversations.Model;
using CityCrm.Storage.Cosmos.Conversations;

namespace CityCrm.Storage.Cosmos.Contacts;

/// <summary>
/// Merges on Cosmos DB, where no transaction spans the documents a merge touches. The merge document is the journal:
/// created <c>planned</c>, then both profiles are replaced under the ETags the version check read (either refusal puts
/// the other back and removes the journal), then it turns <c>moving</c>; from there every step (moves, audit) is
/// repeatable and whoever reads the merge next finishes it. An undo claims the merge (<c>undoing</c>, ETag-guarded, so
/// one undo wins), restores the target under its ETag, then finishes the same way. See docs/cosmos.md.
/// </summary>
public sealed class CosmosContactMergeStore(CosmosStorage storage) : IContactMergeStore
{
    /// <summary>The merge journal, partitioned by merge id.</summary>
    public static readonly CosmosContainerSpec MergesContainer = new("contact-merges");

    /// <summary>Every container a merge reads or moves documents in.</summary>
    public static readonly CosmosContainerSpec[] Containers =
        [.. CosmosContactProfileStore.Containers, MergesContainer, CosmosConversationStore.ConversationsContainer, CosmosCaseStore.Container];

    private readonly CosmosCollection merges = storage.Collection(MergesContainer.Name);
    private readonly CosmosContactProfiles profiles = new(storage);
    private CosmosContactMoves Moves => new(storage, profiles);

    public async Task<ContactMerge> MergeAsync(ContactMergePlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var (source, target) = (plan.SourceBefore.ContactId, plan.TargetBefore.ContactId);
        var s = await profiles.ReadAsync(source, cancellationToken) ?? throw new KeyNotFoundException($"No contact has the id {source}.");
        var t = await profiles.ReadAsync(target, cancellationToken) ?? throw new KeyNotFoundException($"No contact has the id {target}.");
        if (CosmosContactProfiles.VersionOf(s.Document) != plan.SourceBefore.Version || CosmosContactProfiles.VersionOf(t.Document) != plan.TargetBefore.Version)
            throw Conflict();
        var journal = new ContactMergeDocument(plan.Id, plan.Id, ContactMergeDocument.Planned, source, target, plan.Actor, plan.At, plan.UndoUntil, null,
            await Moves.CollectAsync(source, cancellationToken), plan.SourceBefore, plan.TargetBefore, plan.TargetAfter.Version,
            [.. plan.Audit.Select(ContactAuditDocument.From)]);
        if (!await merges.CreateAsync(journal, journal.Pk, cancellationToken))
            throw new InvalidOperationException($"A merge with id {plan.Id} already exists.");
        if (!await profiles.WriteAsync(s, plan.SourceAfter, [], cancellationToken))
            throw await AbandonAsync(journal, cancellationToken);
        if (!await profiles.WriteAsync(t, plan.TargetAfter, [], cancellationToken))
        {
            await profiles.RestoreAsync(s.Document, cancellationToken);
            throw await AbandonAsync(journal, cancellationToken);
        }
        var moving = await MarkAsync(await ReadJournalAsync(plan.Id, cancellationToken), journal with { State = ContactMergeDocument.Moving }, cancellationToken);
        return (await FinishAsync(moving, cancellationToken)).Document.ToMerge();
    }

    public async Task<ContactMerge?> GetAsync(string mergeId, CancellationToken cancellationToken) =>
        await merges.ReadAsync<ContactMergeDocument>(mergeId, mergeId, cancellationToken) is { Document.State: not ContactMergeDocument.Planned } read
            ? (await FinishAsync(read, cancellationToken)).Document.ToMerge()
            : null;

    public async Task<UndoMergeOutcome> UndoAsync(string mergeId, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (await merges.ReadAsync<ContactMergeDocument>(mergeId, mergeId, cancellationToken) is not { Document.State: not ContactMergeDocument.Planned } read)
                return UndoMergeOutcome.NotFound;
            var finished = await FinishAsync(read, cancellationToken);
            var merge = finished.Document;
            if (merge.State != ContactMergeDocument.Merged)
                return UndoMergeOutcome.AlreadyUndone;
            if (at > merge.UndoUntil)
                return UndoMergeOutcome.Expired;
            var target = await profiles.ReadAsync(merge.TargetId, cancellationToken);
            if (target is null || CosmosContactProfiles.VersionOf(target.Document) != merge.TargetVersion)
            {
                // A concurrent undo restoring the target also moves the version: then the merge's own state answers.
                if ((await merges.ReadAsync<ContactMergeDocument>(mergeId, mergeId, cancellationToken))?.ETag != finished.ETag)
                    continue;
                return UndoMergeOutcome.ChangedSince;
            }
            var claimed = merge with
            {
                State = ContactMergeDocument.Undoing, UndoneAt = at,
                Audit = [.. new[] { merge.TargetId, merge.SourceId }.Select(id =>
                    ContactAuditDocument.From(new ContactAuditEntry(id, actor, at, ContactAuditEntry.Unmerge, "contact", merge.SourceId, merge.TargetId)))],
            };
            // The ETag of the read that found it merged: of two undos, one claims it.
            if (!await merges.ReplaceAsync(claimed, mergeId, mergeId, finished.ETag, cancellationToken))
                continue;
            var claim = await ReadJournalAsync(mergeId, cancellationToken);
            if (!await profiles.WriteAsync(target, Restored(merge.TargetBefore, target.Document, at), [], cancellationToken))
            {
                await MarkAsync(claim, merge, cancellationToken);
                return UndoMergeOutcome.ChangedSince;
            }
            await FinishAsync(claim, cancellationToken);
            return UndoMergeOutcome.Undone;
        }
    }

    // Completes whatever step the journal records as begun; every action here can be repeated safely.
    private async Task<CosmosItem<ContactMergeDocument>> FinishAsync(CosmosItem<ContactMergeDocument> item, CancellationToken cancellationToken)
    {
        var merge = item.Document;
        if (merge.State == ContactMergeDocument.Moving)
        {
            await Moves.MoveAsync(merge.Moved, merge.SourceId, merge.TargetId, cancellationToken);
            await profiles.WriteAuditAsync(merge.Audit, cancellationToken);
            return await MarkAsync(item, merge with { State = ContactMergeDocument.Merged }, cancellationToken);
        }
        if (merge.State != ContactMergeDocument.Undoing)
            return item;
        var at = merge.UndoneAt!.Value;
        // The claimer restores the target before this runs; after a crash between the two it is done here.
        if (await profiles.ReadAsync(merge.TargetId, cancellationToken) is { } target && CosmosContactProfiles.VersionOf(target.Document) == merge.TargetVersion)
            await profiles.WriteAsync(target, Restored(merge.TargetBefore, target.Document, at), [], cancellationToken);
        while (await profiles.ReadAsync(merge.SourceId, cancellationToken) is { Document.Profile.MergedInto: { } into } source && into == merge.TargetId)
        {
            if (await profiles.WriteAsync(source, Restored(merge.SourceBefore, source.Document, at), [], cancellationToken))
                break;
        }
        await Moves.MoveAsync(merge.Moved, merge.TargetId, merge.SourceId, cancellationToken);
        await profiles.WriteAuditAsync(merge.Audit, cancellationToken);
        return await MarkAsync(item, merge with { State = ContactMergeDocument.Undone }, cancellationToken);
    }

    // Moves the journal on from the state it was read in; when someone else moved it first, theirs is what stands.
    private async Task<CosmosItem<ContactMergeDocument>> MarkAsync(CosmosItem<ContactMergeDocument> read, ContactMergeDocument next, CancellationToken cancellationToken)
    {
        await merges.ReplaceAsync(next, next.Id, next.Pk, read.ETag, cancellationToken);
        return await ReadJournalAsync(next.Id, cancellationToken);
    }

    private async Task<CosmosItem<ContactMergeDocument>> ReadJournalAsync(string mergeId, CancellationToken cancellationToken) =>
        await merges.ReadAsync<ContactMergeDocument>(mergeId, mergeId, cancellationToken)
            ?? throw new InvalidOperationException($"The journal of merge {mergeId} disappeared.");

    private async Task<ConcurrencyConflictException> AbandonAsync(ContactMergeDocument journal, CancellationToken cancellationToken)
    {
        await merges.DeleteAsync(journal.Id, journal.Pk, cancellationToken);
        return Conflict();
    }

    private static ContactProfileData Restored(ContactProfileData before, ContactDocument current, DateTimeOffset at) =>
        before with { Version = CosmosContactProfiles.VersionOf(current) + 1, UpdatedAt = at };

    private static ConcurrencyConflictException Conflict() => new("One of the contacts was changed while merging: reload both and try again.");
}
