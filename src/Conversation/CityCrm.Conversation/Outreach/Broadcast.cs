namespace CityCrm.Conversations.Outreach;

/// <summary>
/// A message to everyone in a segment, in English and any translations (<see cref="Texts"/>, keyed by language code),
/// on <see cref="Topic"/> (residents can opt out of outreach, or of one topic).
/// </summary>
/// <param name="HouseholdOnce">One message per household (same address, or listed as a member) rather than per person.</param>
public sealed record Broadcast(
    string Id, string SegmentId, string SegmentName, string Topic, IReadOnlyDictionary<string, string> Texts, bool HouseholdOnce,
    string Status, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt = null)
{
    /// <summary>The language every broadcast must be written in, used when no translation fits the resident.</summary>
    public const string DefaultLanguage = "en";

    /// <summary>The text for a resident in <paramref name="language"/>: its translation, else the English.</summary>
    public string TextFor(string language) => Texts.TryGetValue(language, out var text) ? text : Texts[DefaultLanguage];

    /// <summary>The language a resident reading <paramref name="language"/> gets.</summary>
    public string LanguageFor(string language) => Texts.ContainsKey(language) ? language : DefaultLanguage;

    /// <summary>The consent topics its messages fall under: outreach in general, the broadcast's topic, and a subscription of that name.</summary>
    public IReadOnlyList<string> ConsentTopics => [OutreachTopics.Outreach, OutreachTopics.Of(Topic), OutreachTopics.Subscription(Topic)];

    /// <summary>Cancels the sending: residents not yet sent to get nothing. Only a broadcast still sending can be cancelled.</summary>
    public Broadcast Cancel(DateTimeOffset at) => Status == BroadcastStatus.Sending
        ? this with { Status = BroadcastStatus.Cancelled, FinishedAt = at }
        : throw new Model.InvalidTransitionException($"The broadcast is {Status}; only one still sending can be cancelled.");
}
