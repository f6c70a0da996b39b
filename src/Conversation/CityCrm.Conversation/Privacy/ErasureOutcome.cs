namespace CityCrm.Conversations.Privacy;

/// <summary>
/// How an erasure request ended: <see cref="Counts"/> when done; otherwise why not: no such contact, the
/// <see cref="Holds"/> that forbid it, or the <see cref="OpenConversations"/> to resolve first.
/// </summary>
public sealed record ErasureOutcome(ErasureCounts? Counts, bool NotFound, IReadOnlyList<LegalHold> Holds, IReadOnlyList<string> OpenConversations)
{
    public static readonly ErasureOutcome Unknown = new(null, true, [], []);
}
