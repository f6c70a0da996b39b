namespace CityCrm.Conversations.Agents;

/// <summary>Authorization policy names for staff endpoints and the agent hub.</summary>
public static class AgentPolicies
{
    /// <summary>May work conversations: agents, supervisors and admins.</summary>
    public const string Agent = "agent";

    /// <summary>May act on any agent's conversation: supervisors and admins.</summary>
    public const string Supervisor = "supervisor";

    /// <summary>May write, review and publish knowledge articles: editors and admins.</summary>
    public const string Editor = "editor";

    /// <summary>The rate-limiting policy of the sign-in endpoint.</summary>
    public const string SignInRateLimit = "sign-in";

    /// <summary>The roles that satisfy <see cref="Agent"/>.</summary>
    public static readonly string[] AgentRoles = [Roles.Agent, Roles.Supervisor, Roles.Admin];

    /// <summary>The roles that satisfy <see cref="Supervisor"/>.</summary>
    public static readonly string[] SupervisorRoles = [Roles.Supervisor, Roles.Admin];

    /// <summary>The roles that satisfy <see cref="Editor"/>.</summary>
    public static readonly string[] EditorRoles = [Roles.Editor, Roles.Admin];
}
