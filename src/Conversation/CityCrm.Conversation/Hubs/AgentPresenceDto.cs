using CityCrm.Conversations.Routing;

namespace CityCrm.Conversations.Hubs;

/// <summary>An agent's presence as consoles show it.</summary>
/// <param name="AgentId">The account id.</param>
/// <param name="Status">"available", "busy", "away" or "offline".</param>
/// <param name="Since">When it last changed.</param>
/// <param name="Connected">Whether any console of theirs is connected.</param>
public sealed record AgentPresenceDto(string AgentId, string Status, DateTimeOffset Since, bool Connected)
{
    public static AgentPresenceDto From(PresenceState state) =>
        new(state.AgentId, NameOf(state.Status), state.Since, state.Connected);

    /// <summary>The wire name of a status.</summary>
    public static string NameOf(PresenceStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>Reads a wire name ("available"...); false for anything else.</summary>
    public static bool TryParse(string? name, out PresenceStatus status) =>
        Enum.TryParse(name, ignoreCase: true, out status) && Enum.IsDefined(status) && !int.TryParse(name, out _);
}
