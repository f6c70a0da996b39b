namespace CityCrm.Conversations.Outreach;

/// <summary>What a supervisor asks to send: to a segment, on a topic, the texts by language, and whether they confirmed.</summary>
/// <param name="Confirmed">Required for an empty segment or one above <see cref="OutreachOptions.ConfirmAbove"/>.</param>
public sealed record BroadcastRequest(string SegmentId, string? Topic, IReadOnlyDictionary<string, string> Texts, bool HouseholdOnce, bool Confirmed);
