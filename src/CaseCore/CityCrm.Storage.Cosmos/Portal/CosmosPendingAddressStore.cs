using CityCrm.Conversations.Portal;
using CityCrm.Storage.Cosmos.Conversations;
using Microsoft.Azure.Cosmos;

namespace CityCrm.Storage.Cosmos.Portal;

/// <summary>
/// Unconfirmed portal addresses on Cosmos DB, in the contact's own partition of <c>contacts</c> (id
/// <c>pa:{address}</c>): adding is an upsert (one entry per address, last time wins), removing a delete, listing one
/// single-partition query.
/// </summary>
public sealed class CosmosPendingAddressStore(CosmosStorage storage) : IPendingAddressStore
{
    /// <summary>The container the addresses live in (the contacts container).</summary>
    public static readonly CosmosContainerSpec Container = CosmosContactDirectory.ContactsContainer;

    private const string Kind = "pending-address";

    private readonly CosmosCollection contacts = storage.Collection(Container.Name);

    public Task AddAsync(PendingAddress address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        return contacts.UpsertAsync(new AddressDocument(IdOf(address.Address), address.ContactId, Kind, address.Address, address.AddedAt), address.ContactId, cancellationToken);
    }

    public async Task<IReadOnlyList<PendingAddress>> ListAsync(string contactId, CancellationToken cancellationToken)
    {
        var found = await contacts.QueryAsync<AddressDocument>(
            new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk AND c.type = @type").WithParameter("@pk", contactId).WithParameter("@type", Kind),
            contactId, 1000, cancellationToken);
        return [.. found.OrderBy(a => a.AddedAt).ThenBy(a => a.Address, StringComparer.Ordinal).Select(a => new PendingAddress(contactId, a.Address, a.AddedAt))];
    }

    public Task<bool> RemoveAsync(string contactId, string address, CancellationToken cancellationToken) =>
        contacts.DeleteAsync(IdOf(address), contactId, cancellationToken);

    private static string IdOf(string address) => "pa:" + CosmosKeys.Escape(address);

    private sealed record AddressDocument(string Id, string Pk, string Type, string Address, DateTimeOffset AddedAt);
}
