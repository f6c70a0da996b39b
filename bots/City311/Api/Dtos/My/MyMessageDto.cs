namespace CityCrm.City311.Api.Dtos.My;

/// <summary>A message of the resident's transcript: from "you" or "city" (with the bot's or agent's name), never a staff note.</summary>
public sealed record MyMessageDto(long Sequence, DateTimeOffset At, string From, string? Name, string Text);
