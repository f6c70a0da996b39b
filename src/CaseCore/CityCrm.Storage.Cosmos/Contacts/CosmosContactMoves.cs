using CityCrm.Storage.Cosmos.Conversations;

namespace CityCrm.Storage.Cosmos.Contacts;

/// <summary>What a merge moved from one contact to another, named so an undo moves back exactly that.</summary>
internal sealed record MergeMoves(List<string> Conversations, List<string> Cases, List<string> Consents, List<MovedIdentity> Identities);

/// <summary>An identity document (or a phone number's claim) by id and address (its partition).</summary>
internal sealed record MovedIdentity(string Id, string Address, bool Claim);

/// <summary>
/// Moves a contact's conversations, cases, consent records and identities to another contact, one document at a time.
/// Each step moves only what still belongs to the contact it moves from and can be repeated, so a merge or undo cut
/// short is finished by running it again; pointers are written before the document they point at changes and removed
/// after, so a reader never loses a conversation or case (a stale pointer is skipped by the reader's owner check).
/// </summary>
internal sealed class CosmosContactMoves(CosmosStorage storage, CosmosContactProfiles profiles)
{
    private readonly CosmosCollection conversations = storage.Collection(CosmosConversationStore.ConversationsContainer.Name);
    private readonly CosmosCollection cases = storage.Collection(CosmosCaseStore.Container.Name);
    private readonly CosmosCollection contacts = profiles.Contacts;

    /// <summary>Everything that belongs to <paramref name="contactId"/> now.</summary>
    public async Task<MergeMoves> CollectAsync(string contactId, CancellationToken cancellationToken)
    {
        var pointers = await new CosmosThreadReader(conversations, contacts).PointersAsync(contactId, cancellationToken);
        var owned = new List<string>();
        foreach (var pointer in pointers)
        {
            if ((await conversations.ReadAsync<ConversationDocument>(ConversationDocument.DocumentId, pointer.ConversationId, cancellationToken))?.Document.ContactId == contactId)
                owned.Add(pointer.ConversationId);
        }
        var casePartition = CosmosCaseStore.ContactPartition(contactId);
        var caseRefs = new List<string>();
        foreach (var pointer in await cases.QueryAsync<CosmosCaseStore.ContactPointer>(
            new Microsoft.Azure.Cosmos.QueryDefinition("SELECT * FROM c WHERE c.pk = @pk").WithParameter("@pk", casePartition), casePartition, 10_000, cancellationToken))
        {
            if ((await cases.ReadAsync<CaseDocument>(pointer.Id, pointer.Id, cancellationToken))?.Document.ContactId == contactId)
                caseRefs.Add(pointer.Id);
        }
        var consents = (await ConsentHistory.ReadAsync(contacts, contactId, cancellationToken)).Select(r => r.Id).ToList();
        var identities = (await profiles.IdentitiesOfAsync(contactId, cancellationToken))
            .Select(i => new MovedIdentity(i.Id, i.Pk, i.Type == IdentityDocument.PhoneClaimKind)).ToList();
        return new MergeMoves(owned, caseRefs, consents, identities);
    }

    /// <summary>Moves the listed documents that still belong to <paramref name="from"/> over to <paramref name="to"/>.</summary>
    public async Task MoveAsync(MergeMoves moves, string from, string to, CancellationToken cancellationToken)
    {
        foreach (var id in moves.Conversations)
            await MoveConversationAsync(id, from, to, cancellationToken);
        foreach (var reference in moves.Cases)
            await MoveCaseAsync(reference, from, to, cancellationToken);
        await MoveConsentsAsync(moves.Consents, from, to, cancellationToken);
        foreach (var identity in moves.Identities)
            await MoveIdentityAsync(identity, from, to, cancellationToken);
    }

    private async Task MoveConversationAsync(string conversationId, string from, string to, CancellationToken cancellationToken)
    {
        while (await conversations.ReadAsync<ConversationDocument>(ConversationDocument.DocumentId, conversationId, cancellationToken) is { } read)
        {
            if (read.Document.ContactId != from && read.Document.ContactId != to)
                return;
            await contacts.UpsertAsync(ConversationPointer.For(read.Document, to), to, cancellationToken);
            if (read.Document.ContactId == to
                || await conversations.ReplaceAsync(read.Document with { ContactId = to }, read.Document.Id, conversationId, read.ETag, cancellationToken))
                break;
        }
        await contacts.DeleteAsync("c:" + ConversationKeys.Hash(conversationId), from, cancellationToken);
    }

    private async Task MoveCaseAsync(string reference, string from, string to, CancellationToken cancellationToken)
    {
        while (await cases.ReadAsync<CaseDocument>(reference, reference, cancellationToken) is { } read)
        {
            var d = read.Document;
            if (d.ContactId != from && d.ContactId != to)
                return;
            var pointer = new CosmosCaseStore.ContactPointer(reference, CosmosCaseStore.ContactPartition(to), "contact-case", d.CreatedTicks);
            await cases.UpsertAsync(pointer, pointer.Pk, cancellationToken);
            if (d.ContactId == to
                || await cases.ReplaceAsync(d with { ContactId = to, Snapshot = d.Snapshot with { ContactId = to } }, d.Id, d.Pk, read.ETag, cancellationToken))
                break;
        }
        await cases.DeleteAsync(reference, CosmosCaseStore.ContactPartition(from), cancellationToken);
    }

    // Added to the target first (skipping ids it has), then taken from the source: a crash between shows a record twice, never lost.
    private async Task MoveConsentsAsync(IReadOnlyCollection<string> ids, string from, string to, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
            return;
        var moving = (await ConsentHistory.ReadAsync(contacts, from, cancellationToken)).Where(r => ids.Contains(r.Id)).ToList();
        if (moving.Count == 0)
            return;
        await ConsentHistory.ChangeAsync(contacts, to, records =>
            [.. records, .. moving.Where(m => records.All(r => r.Id != m.Id)).Select(m => m with { Record = m.Record with { ContactId = to } })], cancellationToken);
        await ConsentHistory.ChangeAsync(contacts, from, records => [.. records.Where(r => moving.All(m => m.Id != r.Id))], cancellationToken);
    }

    private async Task MoveIdentityAsync(MovedIdentity identity, string from, string to, CancellationToken cancellationToken)
    {
        while (await profiles.Identities.ReadAsync<IdentityDocument>(identity.Id, identity.Address, cancellationToken) is { } read && read.Document.ContactId == from)
        {
            if (await profiles.Identities.ReplaceAsync(read.Document with { ContactId = to }, identity.Id, identity.Address, read.ETag, cancellationToken))
                return;
        }
    }
}
