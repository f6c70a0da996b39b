using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Routing;

namespace CityCrm.Storage.Cosmos.Agents;

/// <summary>
/// A staff account with its routing skills (container <c>agents</c>, partition <c>accounts</c>, id from the user name
/// folded to lower case, so a user name is unique regardless of case and sign-in is a point read).
/// </summary>
internal sealed record AccountDocument(
    string Id, string Pk, string Type, string AccountId, string UserName, string DisplayName, string PasswordHash, IReadOnlyList<string> Roles,
    DateTimeOffset CreatedAt, AgentSkills? Skills)
{
    public const string Kind = "account";

    public static string IdFor(string userName) => "u:" + CosmosKeys.Escape(userName.ToLowerInvariant());

    public AgentAccount ToAccount() => new(AccountId, UserName, DisplayName, PasswordHash, Roles);
}

/// <summary>Names the account an id belongs to (same partition), so a lookup by id is two point reads and ids stay unique.</summary>
internal sealed record AccountIdDocument(string Id, string Pk, string Type, string AccountDocumentId)
{
    public const string Kind = "account-id";

    public static string IdFor(string accountId) => "id:" + CosmosKeys.Escape(accountId);
}
