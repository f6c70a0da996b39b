namespace CityCrm.Conversations.Contacts.Profiles;

/// <summary>
/// Something a staff member owes the contact by a date ("call back about the permit"). The owner is reminded once it
/// is due (<see cref="RemindedAt"/>) until it is done.
/// </summary>
public sealed record NextAction(
    string Id, string Text, DateTimeOffset DueAt, string Owner, string CreatedBy, DateTimeOffset CreatedAt,
    DateTimeOffset? DoneAt = null, string? DoneBy = null, DateTimeOffset? RemindedAt = null)
{
    /// <summary>Open and due at <paramref name="now"/>, and its owner not yet reminded.</summary>
    public bool NeedsReminder(DateTimeOffset now) => DoneAt is null && RemindedAt is null && DueAt <= now;
}
