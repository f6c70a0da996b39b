namespace CityCrm.City311.Api.Dtos;

/// <summary>One line of a contact's audit trail: who, when, what (change, read, merge, unmerge), which field, old and new.</summary>
public sealed record ContactAuditDto(string Actor, DateTimeOffset At, string Action, string? Field, string? OldValue, string? NewValue);
