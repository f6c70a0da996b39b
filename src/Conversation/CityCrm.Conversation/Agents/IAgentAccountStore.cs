namespace CityCrm.Conversations.Agents;

/// <summary>The local account store for staff.</summary>
public interface IAgentAccountStore
{
    Task<AgentAccount?> FindByUserNameAsync(string userName, CancellationToken cancellationToken);

    Task<AgentAccount?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Creates the account, or does nothing if the user name exists.</summary>
    Task CreateIfMissingAsync(AgentAccount account, CancellationToken cancellationToken);
}
