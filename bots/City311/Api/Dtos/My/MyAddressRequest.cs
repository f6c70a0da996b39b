namespace CityCrm.City311.Api.Dtos.My;

/// <summary>An address to add (a code goes to it, in <see cref="Language"/>), or to confirm with the <see cref="Code"/> it received.</summary>
public sealed record MyAddressRequest(string? Address, string? Code, string? Language);
