namespace CityCrm.City311.Api.Dtos;

/// <summary>A next action on a contact; <see cref="Overdue"/> when due and not done.</summary>
public sealed record NextActionDto(
    string Id, string Text, DateTimeOffset DueAt, string Owner, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? DoneAt, string? DoneBy,
    bool Overdue);
