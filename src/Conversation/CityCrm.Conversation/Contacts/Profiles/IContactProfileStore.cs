namespace CityCrm.Conversations.Contacts.Profiles;

/// <summary>Contacts' profiles, their audit trail, their duplicate keys and their due next actions.</summary>
public interface IContactProfileStore
{
    /// <summary>
    /// The contact's profile; one never saved starts from the contact's name and language and its identities' phone
    /// numbers and emails (version 0). Null when there is no such contact.
    /// </summary>
    Task<ContactProfileData?> GetAsync(string contactId, CancellationToken cancellationToken);

    /// <summary>
    /// Saves <paramref name="data"/> as version <paramref name="expectedVersion"/> + 1 with its audit entries, in one
    /// transaction; the contact's name and language follow it. False, and nothing written, when the stored version is
    /// not <paramref name="expectedVersion"/>.
    /// </summary>
    Task<bool> SaveAsync(ContactProfileData data, int expectedVersion, IReadOnlyList<ContactAuditEntry> audit, CancellationToken cancellationToken);

    /// <summary>Appends an audit entry that goes with no change (a staff member read the contact).</summary>
    Task AppendAuditAsync(ContactAuditEntry entry, CancellationToken cancellationToken);

    /// <summary>The contact's audit trail, newest first.</summary>
    Task<IReadOnlyList<ContactAuditEntry>> ListAuditAsync(string contactId, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Other contacts holding any of <paramref name="keys"/> (<see cref="ContactKeys"/>) on their profile, or, for
    /// phone and email keys, as an identity; contacts merged into another are left out.
    /// </summary>
    Task<IReadOnlyList<ContactKeyMatch>> FindByKeysAsync(IReadOnlyCollection<string> keys, string exceptContactId, CancellationToken cancellationToken);

    /// <summary>Profiles with a next action due by <paramref name="now"/> whose owner was not reminded yet.</summary>
    Task<IReadOnlyList<ContactProfileData>> ListDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);
}
