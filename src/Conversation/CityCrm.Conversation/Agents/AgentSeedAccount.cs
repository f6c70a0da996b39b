namespace CityCrm.Conversations.Agents;

/// <summary>An account created at start-up when missing (configuration section <c>Agents:Seed</c>).</summary>
public sealed class AgentSeedAccount
{
    public string UserName { get; set; } = "";
    public string Password { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public List<string> Roles { get; set; } = [];
}
