using CityCrm.Conversations.Contacts;
using CityCrm.Conversations.Model;
using Microsoft.Azure.Cosmos;

namespace CityCrm.Storage.Cosmos.Conversations;

/// <summary>
/// Contacts (container <c>contacts</c>, partition: contact id) and their identities (container <c>identities</c>,
/// partition: address). Every create is a claim that only one writer can win, so parallel first messages from one
/// resident agree on one contact.
/// </summary>
internal sealed class CosmosContactDirectory(CosmosStorage storage, TimeProvider clock)
{
    public static readonly CosmosContainerSpec ContactsContainer = new("contacts");
    public static readonly CosmosContainerSpec IdentitiesContainer = new("identities");

    private readonly CosmosCollection contacts = storage.Collection(ContactsContainer.Name);
    private readonly CosmosCollection identities = storage.Collection(IdentitiesContainer.Name);

    public CosmosCollection Contacts => contacts;

    public async Task<Contact> GetOrCreateAsync(string inboxId, string address, string? displayName, CancellationToken cancellationToken)
    {
        var identityId = IdentityDocument.IdFor(inboxId);
        var identity = (await identities.ReadAsync<IdentityDocument>(identityId, address, cancellationToken))?.Document;
        if (identity is null)
        {
            // A phone number known on another inbox is the same person: the number's claim names the contact.
            var owner = PhoneAddress.IsE164(address)
                ? await ClaimAsync(IdentityDocument.PhoneClaimId, IdentityDocument.PhoneClaimKind, inboxId, address, ConversationKeys.NewId(), displayName, cancellationToken)
                : null;
            identity = await ClaimAsync(identityId, IdentityDocument.Kind, inboxId, address, owner?.ContactId ?? ConversationKeys.NewId(),
                owner?.DisplayName ?? displayName, cancellationToken);
        }
        return await EnsureContactAsync(identity, cancellationToken);
    }

    public async Task<Contact?> GetAsync(string contactId, CancellationToken cancellationToken) =>
        (await contacts.ReadAsync<ContactDocument>(ContactDocument.DocumentId, contactId, cancellationToken))?.Document.ToContact();

    public async Task<bool> SetLanguageAsync(string contactId, string language, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        while (true)
        {
            var read = await contacts.ReadAsync<ContactDocument>(ContactDocument.DocumentId, contactId, cancellationToken);
            if (read is null)
                return false;
            if (await contacts.ReplaceAsync(read.Document with { Language = language }, ContactDocument.DocumentId, contactId, read.ETag, cancellationToken))
                return true;
        }
    }

    public async Task<IReadOnlyList<ContactIdentity>> FindIdentitiesAsync(string address, CancellationToken cancellationToken)
    {
        var found = await identities.QueryAsync<IdentityDocument>(
            new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk AND c.type = @type").WithParameter("@pk", address).WithParameter("@type", IdentityDocument.Kind),
            address, 1000, cancellationToken);
        return [.. found.OrderBy(i => i.CreatedAt).ThenBy(i => i.InboxId, StringComparer.Ordinal).Select(i => new ContactIdentity(i.InboxId, address, i.ContactId))];
    }

    public Task<CosmosItem<IdentityDocument>?> ReadIdentityAsync(string inboxId, string address, CancellationToken cancellationToken) =>
        identities.ReadAsync<IdentityDocument>(IdentityDocument.IdFor(inboxId), address, cancellationToken);

    /// <summary>Points the identity at <paramref name="contactId"/>, if it still has the ETag it was read with; false otherwise.</summary>
    public Task<bool> MoveIdentityAsync(CosmosItem<IdentityDocument> identity, string contactId, CancellationToken cancellationToken) =>
        identities.ReplaceAsync(identity.Document with { ContactId = contactId }, identity.Document.Id, identity.Document.Pk, identity.ETag, cancellationToken);

    // Creates the document naming a new contact, or reads the one a concurrent caller created first.
    private async Task<IdentityDocument> ClaimAsync(string id, string kind, string inboxId, string address, string contactId, string? displayName, CancellationToken cancellationToken)
    {
        var claim = new IdentityDocument(id, address, kind, inboxId, contactId, displayName, clock.GetUtcNow());
        if (await identities.CreateAsync(claim, address, cancellationToken))
            return claim;
        return (await identities.ReadAsync<IdentityDocument>(id, address, cancellationToken))?.Document
            ?? throw new InvalidOperationException($"The identity claim {id} conflicted but cannot be read.");
    }

    // The contact document is created by whoever first needs it, from the claim, so a crash between the claim and the
    // contact leaves nothing half-made: the next call completes it identically.
    private async Task<Contact> EnsureContactAsync(IdentityDocument identity, CancellationToken cancellationToken)
    {
        if (await GetAsync(identity.ContactId, cancellationToken) is { } existing)
            return existing;
        var created = new ContactDocument(ContactDocument.DocumentId, identity.ContactId, ContactDocument.Kind, identity.DisplayName, null, identity.CreatedAt);
        if (await contacts.CreateAsync(created, identity.ContactId, cancellationToken))
            return created.ToContact();
        return await GetAsync(identity.ContactId, cancellationToken)
            ?? throw new InvalidOperationException($"Contact {identity.ContactId} conflicted but cannot be read.");
    }
}
