namespace CityCrm.Conversations.Supervision;

/// <summary>How many agents are in one presence state.</summary>
public sealed record PresenceCount(string Presence, int Agents);
