using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Routing;
using CityCrm.Storage.Cosmos.Conversations;
using Microsoft.Azure.Cosmos;

namespace CityCrm.Storage.Cosmos.Agents;

/// <summary>
/// Routing's reads and the agents' skills on Cosmos DB. Skills live in the account document (one ETag-guarded
/// replace; no account, no skills); the agent list is one single-partition query of the accounts partition. Load and
/// the queue are read from the conversation documents across partitions, filtered on the indexed status: the router
/// reads them once per routing pass (a hand-off, an assignment, a resolution, the ticker), never per message.
/// </summary>
public sealed class CosmosAgentRoutingStore(CosmosStorage storage) : IAgentRoutingStore
{
    /// <summary>Every container routing reads.</summary>
    public static readonly CosmosContainerSpec[] Containers = [CosmosAgentAccountStore.Container, CosmosConversationStore.ConversationsContainer];

    private readonly CosmosCollection agents = storage.Collection(CosmosAgentAccountStore.Container.Name);
    private readonly CosmosCollection conversations = storage.Collection(CosmosConversationStore.ConversationsContainer.Name);

    public async Task<AgentSkills?> GetSkillsAsync(string agentId, CancellationToken cancellationToken) =>
        (await CosmosAgentAccountStore.ReadByIdAsync(agents, agentId, cancellationToken))?.Document.Skills;

    public async Task<bool> SetSkillsAsync(string agentId, AgentSkills skills, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(skills);
        while (await CosmosAgentAccountStore.ReadByIdAsync(agents, agentId, cancellationToken) is { } read)
        {
            if (await agents.ReplaceAsync(read.Document with { Skills = skills }, read.Document.Id, CosmosAgentAccountStore.Partition, read.ETag, cancellationToken))
                return true;
        }
        return false;
    }

    public async Task<IReadOnlyList<RoutableAgent>> ListAgentsAsync(CancellationToken cancellationToken)
    {
        var accounts = await agents.QueryAsync<AccountDocument>(
            new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk AND c.type = @type").WithParameter("@pk", CosmosAgentAccountStore.Partition).WithParameter("@type", AccountDocument.Kind),
            CosmosAgentAccountStore.Partition, int.MaxValue, cancellationToken);
        return [.. accounts
            .Where(a => a.Roles.Any(AgentPolicies.AgentRoles.Contains))
            .OrderBy(a => a.DisplayName, StringComparer.OrdinalIgnoreCase).ThenBy(a => a.AccountId, StringComparer.Ordinal)
            .Select(a => new RoutableAgent(a.AccountId, a.DisplayName, a.Skills ?? AgentSkills.Default))];
    }

    public async Task<IReadOnlyList<AgentLoad>> GetLoadAsync(CancellationToken cancellationToken)
    {
        var assigned = await ByStatusAsync(ConversationStatus.Assigned, cancellationToken);
        return [.. assigned.Where(c => c.AssigneeId is not null).GroupBy(c => (c.AssigneeId!, c.ChannelId))
            .Select(g => new AgentLoad(g.Key.Item1, g.Key.ChannelId, g.Count()))];
    }

    public async Task<IReadOnlyList<QueuedConversation>> ListQueuedAsync(int limit, CancellationToken cancellationToken)
    {
        var queued = await ByStatusAsync(ConversationStatus.Queued, cancellationToken);
        // Conversations queued before queues existed wait in the default one.
        return [.. queued.Select(c => new QueuedConversation(c.Pk, c.ChannelId, c.Queue ?? Conversation.DefaultQueue, c.QueuedAt ?? c.UpdatedAt))
            .OrderBy(q => q.QueuedAt).ThenBy(q => q.Id, StringComparer.Ordinal).Take(Math.Max(0, limit))];
    }

    // Across partitions, reading only the few fields routing needs (see the class summary for why and how often).
    private Task<List<StatusRow>> ByStatusAsync(ConversationStatus status, CancellationToken cancellationToken) =>
        conversations.QueryAsync<StatusRow>(
            new QueryDefinition("SELECT c.pk, c.channelId, c.assigneeId, c.queue, c.queuedAt, c.updatedAt FROM c WHERE c.type = @type AND c.status = @status")
                .WithParameter("@type", ConversationDocument.Kind).WithParameter("@status", (int)status),
            null, int.MaxValue, cancellationToken);

    private sealed record StatusRow(string Pk, string ChannelId, string? AssigneeId, string? Queue, DateTimeOffset? QueuedAt, DateTimeOffset UpdatedAt);
}
