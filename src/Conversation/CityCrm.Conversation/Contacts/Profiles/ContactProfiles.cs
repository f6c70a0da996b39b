using CityCrm.Conversations.Model;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Contacts.Profiles;

/// <summary>
/// Reads and changes contacts' profiles for staff: every read of personal data and every changed field is audited
/// with who and when; a change based on an older version than the stored one is refused, never lost. The postal address
/// is placed on the map at each save (<see cref="AddressPlace"/>), so area segments can find who lives there.
/// </summary>
public sealed class ContactProfiles(
    IContactProfileStore store, IOptions<ConversationOptions> options, TimeProvider clock, CaseCore.Streets.IStreetResolver? streets = null)
{
    /// <summary>The profile, with the read audited as <paramref name="actor"/>'s; null when there is no such contact.</summary>
    public async Task<ContactProfileData?> ReadAsync(string contactId, string actor, string what, CancellationToken cancellationToken)
    {
        var data = await store.GetAsync(contactId, cancellationToken);
        if (data is not null)
            await store.AppendAuditAsync(new ContactAuditEntry(contactId, actor, clock.GetUtcNow(), ContactAuditEntry.Read, what, null, null), cancellationToken);
        return data;
    }

    /// <summary>Audits a read of the contact's personal data made elsewhere (a history, a timeline) as <paramref name="actor"/>'s.</summary>
    public Task AuditReadAsync(string contactId, string actor, string what, CancellationToken cancellationToken) =>
        store.AppendAuditAsync(new ContactAuditEntry(contactId, actor, clock.GetUtcNow(), ContactAuditEntry.Read, what, null, null), cancellationToken);

    /// <summary>Applies the edit (see <see cref="ContactProfile.Edit"/>).</summary>
    public Task<ContactProfileData> EditAsync(string contactId, int? expectedVersion, ContactEdit edit, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(contactId, expectedVersion, actor, p => p.Edit(edit, options.Value.DefaultRegion), cancellationToken);

    /// <summary>Adds a note.</summary>
    public Task<ContactProfileData> AddNoteAsync(string contactId, string text, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(contactId, null, actor, p => p.AddNote(text, actor, clock.GetUtcNow()), cancellationToken);

    /// <summary>Adds a next action for <paramref name="owner"/>.</summary>
    public Task<ContactProfileData> AddNextActionAsync(
        string contactId, string text, DateTimeOffset? dueAt, string owner, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(contactId, null, actor, p => p.AddNextAction(text, dueAt, owner, actor, clock.GetUtcNow()), cancellationToken);

    /// <summary>Marks a next action done.</summary>
    public Task<ContactProfileData> CompleteNextActionAsync(string contactId, string actionId, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(contactId, null, actor, p => p.CompleteNextAction(actionId, actor, clock.GetUtcNow()), cancellationToken);

    /// <summary>
    /// Loads, changes and saves the profile with one audit entry per changed field. Throws
    /// <see cref="KeyNotFoundException"/> for an unknown contact, <see cref="ConcurrencyConflictException"/> for a stale
    /// <paramref name="expectedVersion"/>, and what the profile's rules throw; with none, a save that loses a race is retried.
    /// </summary>
    public async Task<ContactProfileData> ChangeAsync(
        string contactId, int? expectedVersion, string actor, Action<ContactProfile> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        // Without an expected version the change applies to whatever is latest: one saved at the same moment is not a
        // conflict for the caller, so the change is made again on the newer profile.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ChangeOnceAsync(contactId, expectedVersion, actor, change, cancellationToken);
            }
            catch (ConcurrencyConflictException) when (expectedVersion is null && attempt < 5)
            {
            }
        }
    }

    private async Task<ContactProfileData> ChangeOnceAsync(
        string contactId, int? expectedVersion, string actor, Action<ContactProfile> change, CancellationToken cancellationToken)
    {
        var data = await store.GetAsync(contactId, cancellationToken) ?? throw new KeyNotFoundException($"No contact has the id {contactId}.");
        if (expectedVersion is { } expected && expected != data.Version)
            throw new ConcurrencyConflictException($"The contact was changed since version {expected} (it is at version {data.Version}): reload it.");
        var profile = new ContactProfile(data);
        change(profile);
        if (profile.Changes.Count == 0)
            return data;
        var at = clock.GetUtcNow();
        var audit = profile.Changes.Select(c => new ContactAuditEntry(contactId, actor, at, ContactAuditEntry.Change, c.Field, c.Old, c.New)).ToList();
        var saved = AddressPlace.Of(profile.Data, streets) with { Version = data.Version + 1, UpdatedAt = at };
        if (!await store.SaveAsync(saved, data.Version, audit, cancellationToken))
            throw new ConcurrencyConflictException("The contact was changed at the same moment: reload it.");
        return saved;
    }
}
