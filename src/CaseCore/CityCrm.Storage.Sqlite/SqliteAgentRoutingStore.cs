using System.Text.Json;
using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Routing;
using Dapper;

namespace CityCrm.Storage.Sqlite;

/// <summary>Agents' skills, their load and the waiting conversations, in the embedded SQLite file.</summary>
public sealed class SqliteAgentRoutingStore(SqliteDatabase database, TimeProvider clock) : IAgentRoutingStore
{
    public async Task<AgentSkills?> GetSkillsAsync(string agentId, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<SkillsRow>(new CommandDefinition(
            "SELECT departments, languages, capacity FROM agent_skills WHERE agent_id = @agentId;", new { agentId }, cancellationToken: cancellationToken));
        return row?.ToSkills();
    }

    public async Task<bool> SetSkillsAsync(string agentId, AgentSkills skills, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        // Only for an existing account: the SELECT yields no row otherwise, so nothing is written.
        return await db.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO agent_skills (agent_id, departments, languages, capacity, updated_at)
            SELECT id, @departments, @languages, @capacity, @at FROM agent_accounts WHERE id = @agentId
            ON CONFLICT (agent_id) DO UPDATE SET departments = excluded.departments, languages = excluded.languages,
                capacity = excluded.capacity, updated_at = excluded.updated_at;
            """,
            new
            {
                agentId,
                departments = JsonSerializer.Serialize(skills.Departments),
                languages = JsonSerializer.Serialize(skills.Languages),
                capacity = JsonSerializer.Serialize(skills.Capacity),
                at = SqliteConversationStore.Iso(clock.GetUtcNow()),
            },
            cancellationToken: cancellationToken)) == 1;
    }

    public async Task<IReadOnlyList<RoutableAgent>> ListAgentsAsync(CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<AgentRow>(new CommandDefinition(
            """
            SELECT a.id, a.display_name, a.roles, s.departments, s.languages, s.capacity
            FROM agent_accounts a LEFT JOIN agent_skills s ON s.agent_id = a.id
            ORDER BY a.display_name COLLATE NOCASE, a.id;
            """, cancellationToken: cancellationToken));
        return [.. rows
            .Where(r => (JsonSerializer.Deserialize<string[]>(r.Roles) ?? []).Any(AgentPolicies.AgentRoles.Contains))
            .Select(r => new RoutableAgent(r.Id, r.DisplayName, r.Departments is null ? AgentSkills.Default : r.ToSkills()))];
    }

    public async Task<IReadOnlyList<AgentLoad>> GetLoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<(string AgentId, string ChannelId, long Count)>(new CommandDefinition(
            "SELECT assignee_id, channel_id, COUNT(*) FROM conversations WHERE status = @status AND assignee_id IS NOT NULL GROUP BY assignee_id, channel_id;",
            new { status = (int)ConversationStatus.Assigned }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new AgentLoad(r.AgentId, r.ChannelId, (int)r.Count))];
    }

    public async Task<IReadOnlyList<QueuedConversation>> ListQueuedAsync(int limit, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<(string Id, string ChannelId, string? Queue, string? QueuedAt, string UpdatedAt)>(new CommandDefinition(
            "SELECT id, channel_id, queue, queued_at, updated_at FROM conversations WHERE status = @status ORDER BY COALESCE(queued_at, updated_at), id LIMIT @limit;",
            new { status = (int)ConversationStatus.Queued, limit }, cancellationToken: cancellationToken));
        // Conversations queued before queues existed wait in the default one.
        return [.. rows.Select(r => new QueuedConversation(r.Id, r.ChannelId, r.Queue ?? Conversation.DefaultQueue, ContactRow.Parse(r.QueuedAt ?? r.UpdatedAt)))];
    }

    private class SkillsRow
    {
        public string? Departments { get; set; }
        public string? Languages { get; set; }
        public string? Capacity { get; set; }

        public AgentSkills ToSkills() => new(
            JsonSerializer.Deserialize<string[]>(Departments ?? "[]") ?? [],
            JsonSerializer.Deserialize<string[]>(Languages ?? "[]") ?? [],
            JsonSerializer.Deserialize<Dictionary<string, int>>(Capacity ?? "{}") ?? []);
    }

    private sealed class AgentRow : SkillsRow
    {
        public string Id { get; set; } = "";
        public string DisplayName { get; set; } = "";
        public string Roles { get; set; } = "[]";
    }
}
