namespace CityCrm.Conversations.Agents;

/// <summary>An account created at start-up when missing (configuration section <c>Agents:Seed</c>).</summary>
public sealed class AgentSeedAccount
{
    public string UserName { get; set; } = "";
    public string Password { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public List<string> Roles { get; set; } = [];

    /// <summary>Departments whose queues the agent is offered ("general", "public-works"...; "*" for all). Empty: general.</summary>
    public List<string> Departments { get; set; } = [];

    /// <summary>Languages the agent is offered conversations in ("en", "es"; "*" for all). Empty: English.</summary>
    public List<string> Languages { get; set; } = [];

    /// <summary>Conversations held at once per channel type (chat, sms, email); types left out take <c>Routing:Capacity</c>.</summary>
    public Dictionary<string, int> Capacity { get; set; } = [];
}
