namespace CityCrm.Conversations.Contacts.Consent;

/// <summary>
/// A contact's opt-in or opt-out as it was given: for one channel or all (<see cref="Any"/>), for one topic
/// ("case-updates", "department:public-works") or all, with when, where it came from ("agent:alex", "web form") and
/// the exact wording the resident was shown. The latest record for a channel and topic is the one in force.
/// </summary>
public sealed record ConsentRecord(
    string ContactId, string ChannelId, string Topic, bool OptedIn, DateTimeOffset At, string Source, string Wording)
{
    /// <summary>Every channel, or every topic.</summary>
    public const string Any = "*";

    /// <summary>An opt-out of everything: nothing is sent to the contact on any channel.</summary>
    public bool IsGlobalOptOut => !OptedIn && ChannelId == Any && Topic == Any;

    /// <summary>The latest record per channel and topic: what is in force.</summary>
    public static IReadOnlyList<ConsentRecord> InForce(IEnumerable<ConsentRecord> history) =>
        [.. history.GroupBy(r => (r.ChannelId, r.Topic)).Select(g => g.OrderBy(r => r.At).Last())];
}
