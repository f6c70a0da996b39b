namespace CityCrm.City311.Api.Dtos.My;

/// <summary>A step of a request residents see: when, what happened (reported, start, hold, close...), the status after it, and the note meant for them.</summary>
public sealed record MyRequestEventDto(DateTimeOffset At, string What, string Status, string? Note);
