namespace CityCrm.Storage.Cosmos.Contacts;

/// <summary>Reads and changes a contact's <see cref="ConsentsDocument"/>; shared by the consent store and merges.</summary>
internal static class ConsentHistory
{
    /// <summary>The contact's records, oldest first (ids sort in insertion order, across merges too).</summary>
    public static async Task<IReadOnlyList<StoredConsent>> ReadAsync(CosmosCollection contacts, string contactId, CancellationToken cancellationToken) =>
        [.. ((await contacts.ReadAsync<ConsentsDocument>(ConsentsDocument.DocumentId, contactId, cancellationToken))?.Document.Records ?? [])
            .OrderBy(r => r.Id, StringComparer.Ordinal)];

    /// <summary>Applies <paramref name="change"/> to the contact's records: the first create, or a replace under the ETag, retried from a fresh read.</summary>
    public static async Task ChangeAsync(CosmosCollection contacts, string contactId, Func<IReadOnlyList<StoredConsent>, IReadOnlyList<StoredConsent>> change, CancellationToken cancellationToken)
    {
        while (true)
        {
            var read = await contacts.ReadAsync<ConsentsDocument>(ConsentsDocument.DocumentId, contactId, cancellationToken);
            if (read is null)
            {
                if (await contacts.CreateAsync(ConsentsDocument.Empty(contactId) with { Records = change([]) }, contactId, cancellationToken))
                    return;
                continue;
            }
            var next = read.Document with { Records = change(read.Document.Records) };
            if (await contacts.ReplaceAsync(next, next.Id, contactId, read.ETag, cancellationToken))
                return;
        }
    }
}
