using System.Globalization;
using CityCrm.Conversations.Contacts.Consent;
using CityCrm.Conversations.Contacts.Profiles;

namespace CityCrm.Storage.Cosmos.Contacts;

// Documents kept in a contact's own partition of the contacts container (beside the contact document, which holds the
// profile), and the key index used to find duplicates.

/// <summary>One audit entry (id <c>a:{insertion order}</c>), so a contact's trail is one single-partition query.</summary>
internal sealed record ContactAuditDocument(
    string Id, string Pk, string Type, string Actor, DateTimeOffset At, string Action, string? Field, string? OldValue, string? NewValue)
{
    public const string Kind = "contact-audit";

    public static ContactAuditDocument From(ContactAuditEntry e) =>
        new("a:" + InsertionOrder.Next(), e.ContactId, Kind, e.Actor, e.At, e.Action, e.Field, e.OldValue, e.NewValue);

    public ContactAuditEntry ToEntry() => new(Pk, Actor, At, Action, Field, OldValue, NewValue);
}

/// <summary>
/// Every consent record of a contact (id <c>consents</c>): append-only history, so one document keeps its order and an
/// append is one ETag-guarded replace.
/// </summary>
internal sealed record ConsentsDocument(string Id, string Pk, string Type, IReadOnlyList<StoredConsent> Records)
{
    public const string DocumentId = "consents";
    public const string Kind = "consents";

    public static ConsentsDocument Empty(string contactId) => new(DocumentId, contactId, Kind, []);
}

/// <summary>A consent record with the id a merge names it by and the key that keeps insertion order across merges.</summary>
internal sealed record StoredConsent(string Id, ConsentRecord Record);

/// <summary>
/// A duplicate key (<see cref="ContactKeys"/>) held by a contact's profile: partition the key, id the contact. It is only
/// a hint: a reader checks the contact's profile still holds the key, so one left by an interrupted save misleads no one.
/// </summary>
internal sealed record ContactKeyDocument(string Id, string Pk, string Type, string ContactId, string Key)
{
    public const string Kind = "contact-key";

    public static ContactKeyDocument For(string contactId, string key) =>
        new(CosmosKeys.Escape(contactId), Partition(key), Kind, contactId, key);

    public static string Partition(string key) => CosmosKeys.Escape(key);
}

/// <summary>Ids that sort in the order they were handed out (time first, then a per-process counter).</summary>
internal static class InsertionOrder
{
    private static long counter;

    public static string Next() =>
        DateTime.UtcNow.Ticks.ToString("D19", CultureInfo.InvariantCulture)
        + (Interlocked.Increment(ref counter) % 1_000_000_000).ToString("D9", CultureInfo.InvariantCulture)
        + Random.Shared.Next(0, 1000).ToString("D3", CultureInfo.InvariantCulture);
}
