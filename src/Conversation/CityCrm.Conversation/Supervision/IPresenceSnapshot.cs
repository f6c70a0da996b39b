namespace CityCrm.Conversations.Supervision;

/// <summary>
/// How many agents are in each presence state right now ("available", "busy", "away"...). The dashboard only reads
/// it; whoever tracks presence provides it (see <see cref="AssignmentPresenceSnapshot"/> for the stand-in).
/// </summary>
public interface IPresenceSnapshot
{
    Task<IReadOnlyList<PresenceCount>> CountAsync(CancellationToken cancellationToken);
}
