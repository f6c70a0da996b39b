namespace CityCrm.City311.Api.Dtos;

/// <summary>
/// A consent given or withdrawn: the channel and topic ("*" or absent for all), opted in or out, where it came from
/// ("phone call", "paper form"; the agent is recorded anyway) and the exact wording the resident agreed to.
/// </summary>
public sealed record ConsentRequest(string? Channel, string? Topic, bool? OptedIn, string? Source, string? Wording);
