using CityCrm.Conversations.Contacts.Consent;
using CityCrm.Storage.Cosmos.Conversations;

namespace CityCrm.Storage.Cosmos.Contacts;

/// <summary>
/// Consent records on Cosmos DB: one <c>consents</c> document in the contact's partition holds the contact's whole
/// history in order, so recording is one ETag-guarded replace (or the first create) and listing is one point read.
/// </summary>
public sealed class CosmosContactConsentStore(CosmosStorage storage) : IContactConsentStore
{
    /// <summary>The container the records live in (the contacts container).</summary>
    public static readonly CosmosContainerSpec Container = CosmosContactDirectory.ContactsContainer;

    private readonly CosmosCollection contacts = storage.Collection(Container.Name);

    public async Task RecordAsync(ConsentRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var stored = new StoredConsent(InsertionOrder.Next(), record);
        await ConsentHistory.ChangeAsync(contacts, record.ContactId, records => [.. records, stored], cancellationToken);
    }

    public async Task<IReadOnlyList<ConsentRecord>> ListAsync(string contactId, CancellationToken cancellationToken) =>
        [.. (await ConsentHistory.ReadAsync(contacts, contactId, cancellationToken)).Select(r => r.Record with { ContactId = contactId })];
}
