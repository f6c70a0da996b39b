namespace CityCrm.Conversations.Privacy;

/// <summary>
/// A legal hold on a contact (<see cref="HoldSubjects.Contact"/>, by contact id) or a case (<see cref="HoldSubjects.Case"/>,
/// by reference): while active, neither the retention schedule nor an erasure removes anything of the subject or its
/// conversations. Released holds are kept as the record of who held what, when and why.
/// </summary>
public sealed record LegalHold(
    string Id, string SubjectKind, string SubjectId, string Reason, string Reference, string PlacedBy, DateTimeOffset PlacedAt)
{
    /// <summary>The longest reason or reference accepted.</summary>
    public const int MaxText = 500;

    public string? ReleasedBy { get; init; }
    public DateTimeOffset? ReleasedAt { get; init; }
    public bool IsActive => ReleasedAt is null;

    /// <summary>A new active hold; throws <see cref="ArgumentException"/> naming the field that is missing or wrong.</summary>
    public static LegalHold Place(string subjectKind, string subjectId, string reason, string reference, string placedBy, DateTimeOffset at)
    {
        if (subjectKind is not (HoldSubjects.Contact or HoldSubjects.Case))
            throw new ArgumentException($"Use \"{HoldSubjects.Contact}\" or \"{HoldSubjects.Case}\".", "subjectKind");
        Require(subjectId, "subjectId");
        Require(reason, "reason");
        Require(reference, "reference");
        return new LegalHold(Guid.NewGuid().ToString("N"), subjectKind, subjectId.Trim(), reason.Trim(), reference.Trim(), placedBy, at);
    }

    /// <summary>The hold released; a hold is released once (<see cref="InvalidOperationException"/> the second time).</summary>
    public LegalHold Release(string actor, DateTimeOffset at) =>
        IsActive ? this with { ReleasedBy = actor, ReleasedAt = at } : throw new InvalidOperationException($"The hold {Id} was already released.");

    /// <summary>How a refusal names the hold: its reference and who placed it, never the reason's words.</summary>
    public string Describe() => $"legal hold {Id} (reference {Reference}, placed by {PlacedBy} on {PlacedAt:yyyy-MM-dd}) on {SubjectKind} {SubjectId}";

    private static void Require(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxText)
            throw new ArgumentException($"Give 1 to {MaxText} characters.", field);
    }
}
