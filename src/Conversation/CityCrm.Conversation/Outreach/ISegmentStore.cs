namespace CityCrm.Conversations.Outreach;

/// <summary>Stored segments, and the whole audience they are resolved against.</summary>
public interface ISegmentStore
{
    /// <summary>Adds a new segment (version 1).</summary>
    Task CreateAsync(Segment segment, CancellationToken cancellationToken);

    /// <summary>Null when there is no such segment.</summary>
    Task<Segment?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every segment, by name.</summary>
    Task<IReadOnlyList<Segment>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Saves <paramref name="segment"/> as version <paramref name="expectedVersion"/> + 1; false, and nothing written, when the stored version differs.</summary>
    Task<bool> UpdateAsync(Segment segment, int expectedVersion, CancellationToken cancellationToken);

    /// <summary>
    /// Every contact not merged into another, as <see cref="AudienceMember"/>: the profile (or the one made from the contact
    /// and its identities when never saved), its identities, and the subscription topics in force.
    /// </summary>
    Task<IReadOnlyList<AudienceMember>> ReadAudienceAsync(CancellationToken cancellationToken);
}
