using System.Text.Json;
using CityCrm.Conversations.Agents;
using Dapper;

namespace CityCrm.Storage.Sqlite;

/// <summary>Staff accounts in the embedded SQLite file; user names are unique regardless of case.</summary>
public sealed class SqliteAgentAccountStore(SqliteDatabase database, TimeProvider clock) : IAgentAccountStore
{
    private const string Columns = "id, user_name, display_name, password_hash, roles";

    public async Task<AgentAccount?> FindByUserNameAsync(string userName, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<AccountRow>(new CommandDefinition(
            $"SELECT {Columns} FROM agent_accounts WHERE user_name = @userName;", new { userName }, cancellationToken: cancellationToken));
        return row?.ToAccount();
    }

    public async Task<AgentAccount?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<AccountRow>(new CommandDefinition(
            $"SELECT {Columns} FROM agent_accounts WHERE id = @id;", new { id }, cancellationToken: cancellationToken));
        return row?.ToAccount();
    }

    public async Task CreateIfMissingAsync(AgentAccount account, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        // The unique user name makes concurrent seeding safe: the second insert is ignored.
        await db.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO agent_accounts (id, user_name, display_name, password_hash, roles, created_at)
            VALUES (@Id, @UserName, @DisplayName, @PasswordHash, @Roles, @CreatedAt)
            ON CONFLICT DO NOTHING;
            """,
            new
            {
                account.Id,
                account.UserName,
                account.DisplayName,
                account.PasswordHash,
                Roles = JsonSerializer.Serialize(account.Roles),
                CreatedAt = SqliteConversationStore.Iso(clock.GetUtcNow()),
            },
            cancellationToken: cancellationToken));
    }

    private sealed class AccountRow
    {
        public string Id { get; set; } = "";
        public string UserName { get; set; } = "";
        public string DisplayName { get; set; } = "";
        public string PasswordHash { get; set; } = "";
        public string Roles { get; set; } = "[]";

        public AgentAccount ToAccount() =>
            new(Id, UserName, DisplayName, PasswordHash, JsonSerializer.Deserialize<string[]>(Roles) ?? []);
    }
}
