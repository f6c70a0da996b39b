namespace CityCrm.Conversations.Routing;

/// <summary>Whether an agent takes new work.</summary>
public enum PresenceStatus
{
    /// <summary>Not connected (or chose to be off).</summary>
    Offline = 0,
    /// <summary>Takes offers.</summary>
    Available = 1,
    /// <summary>Connected, working what they hold; no new offers.</summary>
    Busy = 2,
    /// <summary>Stepped away, or their console lost its connection; no new offers.</summary>
    Away = 3,
}
