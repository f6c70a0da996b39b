namespace CityCrm.Conversations.Portal;

/// <summary>Addresses residents added on the portal and have not confirmed yet, per contact.</summary>
public interface IPendingAddressStore
{
    /// <summary>Adds the address for the contact; adding it again keeps one entry, with the newer time.</summary>
    Task AddAsync(PendingAddress address, CancellationToken cancellationToken);

    /// <summary>The contact's unconfirmed addresses, oldest first.</summary>
    Task<IReadOnlyList<PendingAddress>> ListAsync(string contactId, CancellationToken cancellationToken);

    /// <summary>Removes the contact's unconfirmed address; false when the contact had no such address.</summary>
    Task<bool> RemoveAsync(string contactId, string address, CancellationToken cancellationToken);
}
