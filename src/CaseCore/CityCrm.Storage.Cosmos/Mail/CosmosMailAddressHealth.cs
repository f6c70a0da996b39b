using CityCrm.Conversations.Mail;

namespace CityCrm.Storage.Cosmos.Mail;

/// <summary>
/// Bouncing addresses in container <c>mailhealth</c>, one document per lower-case address: checking an address before
/// a reply is one point read; a bounce raises the count under the ETag, so concurrent bounces are all counted.
/// </summary>
public sealed class CosmosMailAddressHealth(CosmosStorage storage) : IMailAddressHealth
{
    public static readonly CosmosContainerSpec Container = new("mailhealth");

    private readonly CosmosCollection health = storage.Collection(Container.Name);

    public async Task MarkFailingAsync(string address, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        var normalized = Normalize(address);
        var key = CosmosKeys.Escape(normalized);
        while (true)
        {
            var stored = await health.ReadAsync<FailureDocument>("failure", key, cancellationToken);
            var written = stored is null
                ? await health.CreateAsync(new FailureDocument("failure", key, new MailAddressFailure(normalized, at, reason, 1, at)), key, cancellationToken)
                : await health.ReplaceAsync(
                    stored.Document with { Failure = stored.Document.Failure with { Reason = reason, Count = stored.Document.Failure.Count + 1, LastAt = at } },
                    "failure", key, stored.ETag, cancellationToken);
            if (written)
                return;
        }
    }

    public async Task<MailAddressFailure?> GetFailureAsync(string address, CancellationToken cancellationToken) =>
        (await health.ReadAsync<FailureDocument>("failure", CosmosKeys.Escape(Normalize(address)), cancellationToken))?.Document.Failure;

    public Task<bool> ClearAsync(string address, CancellationToken cancellationToken) =>
        health.DeleteAsync("failure", CosmosKeys.Escape(Normalize(address)), cancellationToken);

    // Addresses are compared in lower case, as the embedded store does.
    private static string Normalize(string address) => address.Trim().ToLowerInvariant();

    private sealed record FailureDocument(string Id, string Pk, MailAddressFailure Failure);
}
