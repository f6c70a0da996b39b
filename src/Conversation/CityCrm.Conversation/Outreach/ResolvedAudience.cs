namespace CityCrm.Conversations.Outreach;

/// <summary>
/// A segment resolved against the contacts: who would get a broadcast (once each) and where, and who was left out.
/// </summary>
/// <param name="Matched">Contacts the rules matched.</param>
/// <param name="Recipients">Those a message goes to, in sending order, with where it reaches them.</param>
/// <param name="Unreachable">Matched contacts the city has no pushed channel for.</param>
/// <param name="SameAddress">Matched contacts skipped because another one is reached at the same number or address.</param>
/// <param name="SameHousehold">Matched contacts skipped because their household is already reached (when asked).</param>
/// <param name="Warnings">What the preview should say (an area that only contacts with coordinates can match).</param>
public sealed record ResolvedAudience(
    int Matched,
    IReadOnlyList<(AudienceMember Member, Reach Reach)> Recipients,
    IReadOnlyList<AudienceMember> Unreachable,
    int SameAddress,
    int SameHousehold,
    IReadOnlyList<string> Warnings);
