using CityCrm.Conversations.Model;

namespace CityCrm.Conversations.Supervision;

/// <summary>
/// The stand-in until agents report their presence: the agents holding an assigned conversation count as "busy";
/// nobody else can be told apart, so no other state is reported.
/// </summary>
public sealed class AssignmentPresenceSnapshot(IConversationStore store) : IPresenceSnapshot
{
    private const int Limit = 10_000;

    public async Task<IReadOnlyList<PresenceCount>> CountAsync(CancellationToken cancellationToken)
    {
        var assigned = await store.ListAsync([ConversationStatus.Assigned], Limit, cancellationToken);
        return [new PresenceCount("busy", assigned.Select(c => c.AssigneeId).OfType<string>().Distinct(StringComparer.Ordinal).Count())];
    }
}
