using CityCrm.Conversations.Contacts;
using CityCrm.Conversations.Contacts.Profiles;
using CityCrm.Storage.Cosmos.Conversations;
using Microsoft.Azure.Cosmos;

namespace CityCrm.Storage.Cosmos.Contacts;

/// <summary>
/// Reads and writes a contact's profile, which lives in the contact's own document: a save, the name and language
/// that follow it and the audit entries that go with it are one ETag-guarded replace. The audit entries ride in the
/// document (<see cref="ContactDocument.CarriedAudit"/>) and are written as their own documents afterwards, by this
/// save or, after a crash, by the next one; until then readers take them from the contact document.
/// </summary>
internal sealed class CosmosContactProfiles(CosmosStorage storage)
{
    /// <summary>The duplicate-key index, partitioned by key.</summary>
    public static readonly CosmosContainerSpec KeysContainer = new("contact-keys");

    private readonly CosmosCollection contacts = storage.Collection(CosmosContactDirectory.ContactsContainer.Name);
    private readonly CosmosCollection identities = storage.Collection(CosmosContactDirectory.IdentitiesContainer.Name);
    private readonly CosmosCollection keys = storage.Collection(KeysContainer.Name);

    public CosmosCollection Contacts => contacts;

    public CosmosCollection Keys => keys;

    public CosmosCollection Identities => identities;

    public Task<CosmosItem<ContactDocument>?> ReadAsync(string contactId, CancellationToken cancellationToken) =>
        contacts.ReadAsync<ContactDocument>(ContactDocument.DocumentId, contactId, cancellationToken);

    public static int VersionOf(ContactDocument contact) => contact.Profile?.Version ?? 0;

    /// <summary>The stored profile, or one made from the contact and its identities (version 0).</summary>
    public async Task<ContactProfileData> ProfileOfAsync(ContactDocument contact, CancellationToken cancellationToken) =>
        contact.Profile is not null ? ProfileOf(contact, []) : ProfileOf(contact, await IdentitiesOfAsync(contact.Pk, cancellationToken));

    /// <summary>The stored profile, or one made from the contact and <paramref name="identities"/> (version 0).</summary>
    public static ContactProfileData ProfileOf(ContactDocument contact, IEnumerable<IdentityDocument> identities)
    {
        // The contact's language is the one every channel reads and updates (the phone line's choice): it wins.
        if (contact.Profile is { } saved)
            return saved with { Language = contact.Language };
        var addresses = identities.Where(i => i.Type == IdentityDocument.Kind)
            .OrderBy(i => i.CreatedAt).ThenBy(i => i.InboxId, StringComparer.Ordinal).Select(i => i.Pk).Distinct().ToList();
        return new ContactProfileData
        {
            ContactId = contact.Pk,
            DisplayName = contact.DisplayName,
            Language = contact.Language,
            Phones = [.. addresses.Where(PhoneAddress.IsE164).Select(a => new ContactPhone(a, null))],
            Emails = [.. addresses.Where(a => a.Contains('@')).Select(a => a.ToLowerInvariant())],
        };
    }

    /// <summary>
    /// The contact's identities and number claims. Identities are partitioned by address, so this crosses partitions:
    /// it serves the staff's profile view of a never-saved profile and merges, never a channel's path.
    /// </summary>
    public Task<List<IdentityDocument>> IdentitiesOfAsync(string contactId, CancellationToken cancellationToken) =>
        identities.QueryAsync<IdentityDocument>(
            new QueryDefinition("SELECT * FROM c WHERE c.contactId = @contactId AND (c.type = @identity OR c.type = @claim)")
                .WithParameter("@contactId", contactId).WithParameter("@identity", IdentityDocument.Kind).WithParameter("@claim", IdentityDocument.PhoneClaimKind),
            null, 10_000, cancellationToken);

    /// <summary>
    /// Replaces the contact document read as <paramref name="read"/> with <paramref name="data"/> as its profile (its
    /// version as given) and <paramref name="audit"/> carried; false, and nothing changed, when it changed since.
    /// </summary>
    public async Task<bool> WriteAsync(CosmosItem<ContactDocument> read, ContactProfileData data, IEnumerable<ContactAuditDocument> audit, CancellationToken cancellationToken)
    {
        var before = read.Document;
        // What the previous save carried is written out before this replace drops it.
        await FlushAsync(before, cancellationToken);
        var (oldKeys, newKeys) = (KeysOf(before.Profile), KeysOf(data));
        // New keys first: one left by a refused or interrupted save is checked against the profile and ignored.
        foreach (var key in newKeys.Except(oldKeys))
            await keys.UpsertAsync(ContactKeyDocument.For(before.Pk, key), ContactKeyDocument.Partition(key), cancellationToken);
        var next = before with
        {
            Language = data.Language, DisplayName = data.DisplayName ?? before.DisplayName, Profile = data, DueTicks = DueOf(data),
            CarriedAudit = [.. audit],
        };
        if (!await contacts.ReplaceAsync(next, next.Id, next.Pk, read.ETag, cancellationToken))
            return false;
        foreach (var key in oldKeys.Except(newKeys))
            await keys.DeleteAsync(CosmosKeys.Escape(before.Pk), ContactKeyDocument.Partition(key), cancellationToken);
        await FlushAsync(next, cancellationToken);
        return true;
    }

    /// <summary>Puts the contact document back as <paramref name="original"/> was (a refused merge undoing its first write).</summary>
    public async Task RestoreAsync(ContactDocument original, CancellationToken cancellationToken)
    {
        foreach (var key in KeysOf(original.Profile))
            await keys.UpsertAsync(ContactKeyDocument.For(original.Pk, key), ContactKeyDocument.Partition(key), cancellationToken);
        while (await ReadAsync(original.Pk, cancellationToken) is { } read)
        {
            if (await contacts.ReplaceAsync(original, original.Id, original.Pk, read.ETag, cancellationToken))
                return;
        }
    }

    /// <summary>Writes audit documents; each create is idempotent on its id, so a repeat adds nothing.</summary>
    public async Task WriteAuditAsync(IEnumerable<ContactAuditDocument> entries, CancellationToken cancellationToken)
    {
        foreach (var entry in entries)
            await contacts.CreateAsync(entry, entry.Pk, cancellationToken);
    }

    /// <summary>The keys a stored profile makes findable: none before the first save or once merged into another.</summary>
    public static IReadOnlyList<string> KeysOf(ContactProfileData? profile) =>
        profile is null || profile.MergedInto is not null ? [] : ContactKeys.Of(profile);

    private Task FlushAsync(ContactDocument contact, CancellationToken cancellationToken) => WriteAuditAsync(contact.CarriedAudit, cancellationToken);

    private static long? DueOf(ContactProfileData data) =>
        data.NextActions.Where(a => a.DoneAt is null && a.RemindedAt is null).Select(a => (long?)a.DueAt.UtcTicks).Min();
}
