using CityCrm.CaseCore;

namespace CityCrm.Storage.Cosmos;

/// <summary>Open311 request tokens in container <c>request-tokens</c>, one document per token (id and partition key): issuing is an idempotent create, checking a point read.</summary>
public sealed class CosmosRequestTokenStore(CosmosStorage storage) : IRequestTokenStore
{
    public static readonly CosmosContainerSpec Container = new("request-tokens");

    private readonly CosmosCollection tokens = storage.Collection(Container.Name);

    public async Task AddAsync(RequestToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        var key = CosmosKeys.Escape(token.Token);
        if (!await tokens.CreateAsync(new TokenDocument(key, key, token), key, cancellationToken))
            throw new InvalidOperationException("That request token was already issued.");
    }

    public async Task<RequestToken?> FindAsync(string token, CancellationToken cancellationToken) =>
        (await tokens.ReadAsync<TokenDocument>(CosmosKeys.Escape(token), CosmosKeys.Escape(token), cancellationToken))?.Document.Value;

    private sealed record TokenDocument(string Id, string Pk, RequestToken Value);
}
