namespace CityCrm.City311.Api.Dtos.My;

/// <summary>Asks for a sign-in code sent to <see cref="Address"/> (an email or phone number), written in <see cref="Language"/> (en, es).</summary>
public sealed record MyCodeRequest(string? Address, string? Language);
