namespace CityCrm.City311.Api.Dtos;

/// <summary>One consent record: channel and topic ("*" for all), opted in or out, when, from where, and the wording shown; <see cref="InForce"/> for the latest of its channel and topic.</summary>
public sealed record ConsentDto(string Channel, string Topic, bool OptedIn, DateTimeOffset At, string Source, string Wording, bool InForce);
