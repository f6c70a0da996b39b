namespace CityCrm.Conversations.Outreach;

/// <summary>
/// The whole audience segments are resolved against. Kept apart from <see cref="ISegmentStore"/> so a segment store that
/// does not hold contacts, profiles and consents (Cosmos DB) can ask whichever store does.
/// </summary>
public interface IOutreachAudience
{
    /// <summary>Every contact not merged into another, as <see cref="AudienceMember"/> (see <see cref="ISegmentStore.ReadAudienceAsync"/>).</summary>
    Task<IReadOnlyList<AudienceMember>> ReadAsync(CancellationToken cancellationToken);
}
