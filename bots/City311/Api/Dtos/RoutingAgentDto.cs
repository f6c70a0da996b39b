namespace CityCrm.City311.Api.Dtos;

/// <summary>An agent as the transfer dialog and the floor view list them.</summary>
/// <param name="Id">The account id.</param>
/// <param name="DisplayName">Their name.</param>
/// <param name="Departments">Departments they are offered.</param>
/// <param name="Languages">Languages they are offered.</param>
/// <param name="Presence">"available", "busy", "away" or "offline".</param>
/// <param name="Holding">How many conversations they hold now.</param>
public sealed record RoutingAgentDto(string Id, string DisplayName, IReadOnlyList<string> Departments, IReadOnlyList<string> Languages, string Presence, int Holding);
