using CityCrm.Conversations.Agents;

namespace CityCrm.Storage.Cosmos.Agents;

/// <summary>
/// Staff accounts on Cosmos DB. A city has tens to hundreds of staff, so every account sits in one logical partition
/// (<c>accounts</c> in container <c>agents</c>): sign-in and lookups by id are point reads, and the routing store lists
/// every agent with one single-partition query. Creating is two idempotent creates (the id's claim, then the account).
/// </summary>
public sealed class CosmosAgentAccountStore(CosmosStorage storage, TimeProvider clock) : IAgentAccountStore
{
    public static readonly CosmosContainerSpec Container = new("agents");

    /// <summary>The one partition staff accounts live in.</summary>
    internal const string Partition = "accounts";

    private readonly CosmosCollection agents = storage.Collection(Container.Name);

    public async Task<AgentAccount?> FindByUserNameAsync(string userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userName);
        return (await agents.ReadAsync<AccountDocument>(AccountDocument.IdFor(userName), Partition, cancellationToken))?.Document.ToAccount();
    }

    public async Task<AgentAccount?> GetAsync(string id, CancellationToken cancellationToken) =>
        (await ReadByIdAsync(agents, id, cancellationToken))?.Document.ToAccount();

    public async Task CreateIfMissingAsync(AgentAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var documentId = AccountDocument.IdFor(account.UserName);
        // The id is claimed first: a claim left without its account by a crash names this user name, so the next
        // seeding of the same account finishes it; an id held by another user name leaves everything as it is.
        var claim = new AccountIdDocument(AccountIdDocument.IdFor(account.Id), Partition, AccountIdDocument.Kind, documentId);
        if (!await agents.CreateAsync(claim, Partition, cancellationToken)
            && (await agents.ReadAsync<AccountIdDocument>(claim.Id, Partition, cancellationToken))?.Document.AccountDocumentId != documentId)
            return;
        await agents.CreateAsync(new AccountDocument(documentId, Partition, AccountDocument.Kind, account.Id, account.UserName, account.DisplayName,
            account.PasswordHash, account.Roles, clock.GetUtcNow(), null), Partition, cancellationToken);
    }

    /// <summary>The account with <paramref name="id"/>, with its ETag, or null.</summary>
    internal static async Task<CosmosItem<AccountDocument>?> ReadByIdAsync(CosmosCollection agents, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (await agents.ReadAsync<AccountIdDocument>(AccountIdDocument.IdFor(id), Partition, cancellationToken) is not { } claim)
            return null;
        var account = await agents.ReadAsync<AccountDocument>(claim.Document.AccountDocumentId, Partition, cancellationToken);
        return account?.Document.AccountId == id ? account : null;
    }
}
