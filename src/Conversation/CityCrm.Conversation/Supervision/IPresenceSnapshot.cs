namespace CityCrm.Conversations.Supervision;

/// <summary>
/// How many agents are in each presence state right now ("available", "busy", "away", "offline"). The dashboard only
/// reads it; routing provides it (<see cref="Routing.RoutingPresenceSnapshot"/>).
/// </summary>
public interface IPresenceSnapshot
{
    /// <summary>The agents counted per presence state; states nobody is in may be left out.</summary>
    Task<IReadOnlyList<PresenceCount>> CountAsync(CancellationToken cancellationToken);
}
