using CityCrm.Conversations.Contacts.Profiles;
using CityCrm.Storage.Cosmos.Conversations;
using Microsoft.Azure.Cosmos;

namespace CityCrm.Storage.Cosmos.Contacts;

/// <summary>
/// Contact profiles on Cosmos DB: the profile is part of the contact document (container <c>contacts</c>, partition:
/// contact id), its audit trail is a document per entry in the same partition, so the contact 360 is single-partition.
/// Duplicate keys are indexed in <c>contact-keys</c> (partition: the key). See docs/cosmos.md, "Contact profiles".
/// </summary>
public sealed class CosmosContactProfileStore(CosmosStorage storage) : IContactProfileStore
{
    /// <summary>Every container the profile store needs.</summary>
    public static readonly CosmosContainerSpec[] Containers =
        [CosmosContactDirectory.ContactsContainer, CosmosContactDirectory.IdentitiesContainer, CosmosContactProfiles.KeysContainer];

    private readonly CosmosContactProfiles profiles = new(storage);

    public async Task<ContactProfileData?> GetAsync(string contactId, CancellationToken cancellationToken) =>
        await profiles.ReadAsync(contactId, cancellationToken) is { } read ? await profiles.ProfileOfAsync(read.Document, cancellationToken) : null;

    public async Task<bool> SaveAsync(ContactProfileData data, int expectedVersion, IReadOnlyList<ContactAuditEntry> audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(audit);
        var entries = audit.Select(ContactAuditDocument.From).ToList();
        // A 412 from a channel changing the language is not a conflict: read again and decide on the version alone.
        while (await profiles.ReadAsync(data.ContactId, cancellationToken) is { } read)
        {
            if (CosmosContactProfiles.VersionOf(read.Document) != expectedVersion)
                return false;
            if (await profiles.WriteAsync(read, data with { Version = expectedVersion + 1 }, entries, cancellationToken))
                return true;
        }
        return false;
    }

    public async Task AppendAuditAsync(ContactAuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await profiles.WriteAuditAsync([ContactAuditDocument.From(entry)], cancellationToken);
    }

    public async Task<IReadOnlyList<ContactAuditEntry>> ListAuditAsync(string contactId, int limit, CancellationToken cancellationToken)
    {
        if (limit <= 0)
            return [];
        var written = await profiles.Contacts.QueryAsync<ContactAuditDocument>(
            new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk AND c.type = @type ORDER BY c.id DESC")
                .WithParameter("@pk", contactId).WithParameter("@type", ContactAuditDocument.Kind),
            contactId, limit, cancellationToken);
        // Entries of the last save may not be written out yet (a crash right after it): they ride in the contact document.
        var carried = (await profiles.ReadAsync(contactId, cancellationToken))?.Document.CarriedAudit ?? [];
        return [.. written.Concat(carried).DistinctBy(a => a.Id).OrderByDescending(a => a.Id, StringComparer.Ordinal).Take(limit).Select(a => a.ToEntry())];
    }

    public async Task<IReadOnlyList<ContactKeyMatch>> FindByKeysAsync(IReadOnlyCollection<string> keys, string exceptContactId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var candidates = new List<(ContactKeyMatch Match, bool AsIdentity)>();
        foreach (var key in keys.Distinct())
        {
            var partition = ContactKeyDocument.Partition(key);
            var holders = await profiles.Keys.QueryAsync<ContactKeyDocument>(
                new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk").WithParameter("@pk", partition), partition, 1000, cancellationToken);
            candidates.AddRange(holders.Where(h => h.Key == key).Select(h => (new ContactKeyMatch(h.ContactId, key), false)));
            // Identities hold bare addresses: "phone:+1555..." is looked up as "+1555...".
            if (key.StartsWith(ContactKeys.Phone, StringComparison.Ordinal) || key.StartsWith(ContactKeys.Email, StringComparison.Ordinal))
                candidates.AddRange((await IdentityHoldersAsync(key[(key.IndexOf(':') + 1)..], cancellationToken)).Select(c => (new ContactKeyMatch(c, key), true)));
        }
        var found = new List<ContactKeyMatch>();
        foreach (var (match, asIdentity) in candidates.Where(c => c.Match.ContactId != exceptContactId).Distinct())
        {
            // The index is a hint: the contact's own document decides (still holds the key, not merged into another).
            var profile = (await profiles.ReadAsync(match.ContactId, cancellationToken))?.Document.Profile;
            if (profile?.MergedInto is null && (asIdentity || CosmosContactProfiles.KeysOf(profile).Contains(match.Key)) && !found.Contains(match))
                found.Add(match);
        }
        return found;
    }

    public async Task<IReadOnlyList<ContactProfileData>> ListDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        // Across partitions: the reminder worker's poll (one node, every few minutes), never a resident's or agent's path.
        var due = await profiles.Contacts.QueryAsync<ContactDocument>(
            new QueryDefinition("SELECT * FROM c WHERE c.type = @type AND c.dueTicks <= @now ORDER BY c.dueTicks")
                .WithParameter("@type", ContactDocument.Kind).WithParameter("@now", now.UtcTicks),
            null, limit, cancellationToken);
        return [.. due.Where(d => d.Profile is not null).Select(d => d.Profile! with { Language = d.Language })];
    }

    // The identities of one address share its partition: one single-partition query.
    private async Task<IEnumerable<string>> IdentityHoldersAsync(string address, CancellationToken cancellationToken) =>
        (await profiles.Identities.QueryAsync<IdentityDocument>(
            new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk AND c.type = @type").WithParameter("@pk", address).WithParameter("@type", IdentityDocument.Kind),
            address, 1000, cancellationToken)).Select(i => i.ContactId);
}
