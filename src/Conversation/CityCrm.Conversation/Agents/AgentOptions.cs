namespace CityCrm.Conversations.Agents;

/// <summary>Staff sign-in settings (configuration section "Agents").</summary>
public sealed class AgentOptions
{
    /// <summary>Accounts ensured at start-up; existing user names are left untouched.</summary>
    public List<AgentSeedAccount> Seed { get; set; } = [];

    /// <summary>How long a sign-in lasts without activity.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);
}
