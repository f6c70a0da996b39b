namespace CityCrm.Conversations.Outreach;

/// <summary>Creates and edits segments (rules cleaned and checked, stale edits refused) and previews who they reach.</summary>
public sealed class SegmentService(ISegmentStore segments, AudienceResolver resolver, TimeProvider clock)
{
    public async Task<Segment> CreateAsync(string? name, SegmentRules rules, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var now = clock.GetUtcNow();
        var segment = new Segment("s" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(6)), Name(name), rules.Normalized(), 1, by, now, by, now);
        await segments.CreateAsync(segment, cancellationToken);
        return segment;
    }

    /// <summary>The saved segment; null when there is none; throws <see cref="Model.ConcurrencyConflictException"/> when <paramref name="version"/> is stale.</summary>
    public async Task<Segment?> UpdateAsync(string id, int version, string? name, SegmentRules rules, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (await segments.GetAsync(id, cancellationToken) is not { } current)
            return null;
        var next = current with { Name = Name(name), Rules = rules.Normalized(), Version = version + 1, UpdatedBy = by, UpdatedAt = clock.GetUtcNow() };
        if (current.Version != version || !await segments.UpdateAsync(next, version, cancellationToken))
            throw new Model.ConcurrencyConflictException($"Segment {id} was changed meanwhile (now version {current.Version}); reload it and edit again.");
        return next;
    }

    public Task<Segment?> GetAsync(string id, CancellationToken cancellationToken) => segments.GetAsync(id, cancellationToken);

    public Task<IReadOnlyList<Segment>> ListAsync(CancellationToken cancellationToken) => segments.ListAsync(cancellationToken);

    /// <summary>Who the rules would reach now, before anything is sent.</summary>
    public Task<ResolvedAudience> PreviewAsync(SegmentRules rules, bool householdOnce, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return resolver.ResolveAsync(rules.Normalized(), householdOnce, cancellationToken);
    }

    private static string Name(string? name)
    {
        var text = name?.Trim() ?? "";
        if (text.Length == 0)
            throw new OutreachValidationException("name", "A segment needs a name.");
        return text.Length <= 100 ? text : throw new OutreachValidationException("name", "At most 100 characters.");
    }
}
