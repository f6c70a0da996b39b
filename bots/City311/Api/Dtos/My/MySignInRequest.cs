namespace CityCrm.City311.Api.Dtos.My;

/// <summary>Signs in with the code sent to <see cref="Address"/>.</summary>
public sealed record MySignInRequest(string? Address, string? Code);
