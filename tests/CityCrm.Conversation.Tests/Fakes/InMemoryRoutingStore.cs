using CityCrm.Conversations.Routing;

namespace CityCrm.Conversations.Tests.Fakes;

/// <summary>Routing data the test sets directly: agents, their load, and who waits.</summary>
public sealed class InMemoryRoutingStore : IAgentRoutingStore
{
    public List<RoutableAgent> Agents { get; } = [];
    public List<AgentLoad> Load { get; } = [];
    public List<QueuedConversation> Queued { get; } = [];

    public Task<AgentSkills?> GetSkillsAsync(string agentId, CancellationToken cancellationToken) =>
        Task.FromResult(Agents.FirstOrDefault(a => a.Id == agentId)?.Skills);

    public Task<bool> SetSkillsAsync(string agentId, AgentSkills skills, CancellationToken cancellationToken)
    {
        var index = Agents.FindIndex(a => a.Id == agentId);
        if (index >= 0)
            Agents[index] = Agents[index] with { Skills = skills };
        return Task.FromResult(index >= 0);
    }

    public Task<IReadOnlyList<RoutableAgent>> ListAgentsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RoutableAgent>>([.. Agents]);

    public Task<IReadOnlyList<AgentLoad>> GetLoadAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AgentLoad>>([.. Load]);

    public Task<IReadOnlyList<QueuedConversation>> ListQueuedAsync(int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<QueuedConversation>>([.. Queued.OrderBy(q => q.QueuedAt).Take(limit)]);
}
