namespace CityCrm.CaseCore;

/// <summary>
/// A filter over cases, newest first (by creation time, then reference). Every condition that is set must hold;
/// <see cref="Limit"/> and <see cref="Offset"/> page through the result.
/// </summary>
public sealed record CaseQuery
{
    public const int MaxLimit = 1000;

    public IReadOnlyList<string>? ServiceCodes { get; init; }

    /// <summary>The exact statuses wanted; null for any.</summary>
    public IReadOnlyList<CaseStatus>? Statuses { get; init; }

    /// <summary>Created at or after this time.</summary>
    public DateTimeOffset? CreatedFrom { get; init; }

    /// <summary>Created at or before this time.</summary>
    public DateTimeOffset? CreatedTo { get; init; }

    /// <summary>Only these references (canonical form).</summary>
    public IReadOnlyList<string>? References { get; init; }

    /// <summary>Only cases with a position inside this box.</summary>
    public GeoBox? Within { get; init; }

    /// <summary>Only cases in one of these department queues.</summary>
    public IReadOnlyList<string>? Queues { get; init; }

    /// <summary>Only cases assigned to this staff member.</summary>
    public string? Assignee { get; init; }

    /// <summary>Only cases due before this time (with <see cref="Statuses"/> left open, the breaching ones).</summary>
    public DateTimeOffset? DueBefore { get; init; }

    public int Offset { get; init; }

    public int Limit { get; init; } = 50;
}
