namespace CityCrm.Conversations.Agents;

/// <summary>Staff sign-in settings (configuration section "Agents").</summary>
public sealed class AgentOptions
{
    /// <summary>Accounts ensured at start-up; existing user names are left untouched.</summary>
    public List<AgentSeedAccount> Seed { get; set; } = [];

    /// <summary>How long a sign-in lasts without activity.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Sign-in attempts allowed per client address and minute; more are answered 429, which slows password guessing.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 10;
}
