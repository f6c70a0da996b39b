namespace CityCrm.Conversations.Routing;

/// <summary>What routing reads and keeps: agents' skills, who holds what, and who waits.</summary>
public interface IAgentRoutingStore
{
    /// <summary>The agent's configured skills, or null when none were ever set.</summary>
    Task<AgentSkills?> GetSkillsAsync(string agentId, CancellationToken cancellationToken);

    /// <summary>Sets (replaces) the agent's skills. False when there is no such account.</summary>
    Task<bool> SetSkillsAsync(string agentId, AgentSkills skills, CancellationToken cancellationToken);

    /// <summary>
    /// Every account that may work conversations (agent, supervisor or admin role), by display name, with its skills
    /// (<see cref="AgentSkills.Default"/> when none were set).
    /// </summary>
    Task<IReadOnlyList<RoutableAgent>> ListAgentsAsync(CancellationToken cancellationToken);

    /// <summary>Assigned conversations counted per agent and channel.</summary>
    Task<IReadOnlyList<AgentLoad>> GetLoadAsync(CancellationToken cancellationToken);

    /// <summary>Queued conversations, longest waiting first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<QueuedConversation>> ListQueuedAsync(int limit, CancellationToken cancellationToken);
}
