namespace CityCrm.City311.Api.Dtos.My;

/// <summary>Opts in or out of a channel and topic the portal offers, with the wording in <see cref="Language"/> (en, es).</summary>
public sealed record MyConsentRequest(string? Channel, string? Topic, bool? OptedIn, string? Language);
