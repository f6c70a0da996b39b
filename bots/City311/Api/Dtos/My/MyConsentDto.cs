namespace CityCrm.City311.Api.Dtos.My;

/// <summary>A consent in force: channel and topic ("*" for all), in or out, when, from where, and the wording shown then.</summary>
public sealed record MyConsentDto(string Channel, string Topic, bool OptedIn, DateTimeOffset At, string Source, string Wording);
