namespace CityCrm.Conversations.Routing;

/// <summary>
/// What an agent can be offered: departments and languages ("*" matches any), and how many conversations of each
/// channel type they hold at once (types not listed take the configured default).
/// </summary>
public sealed record AgentSkills(IReadOnlyList<string> Departments, IReadOnlyList<string> Languages, IReadOnlyDictionary<string, int> Capacity)
{
    /// <summary>An agent nobody configured: general questions in English, default capacity.</summary>
    public static AgentSkills Default { get; } = new(["general"], ["en"], new Dictionary<string, int>());

    /// <summary>Whether the agent may be offered a conversation waiting in <paramref name="queue"/>.</summary>
    public bool Covers(string queue)
    {
        var (department, language) = QueueName.Split(queue);
        return Matches(Departments, department) && Matches(Languages, language);
    }

    private static bool Matches(IReadOnlyList<string> skills, string value) =>
        skills.Any(s => s == "*" || string.Equals(s, value, StringComparison.OrdinalIgnoreCase));
}
