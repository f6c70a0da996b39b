namespace CityCrm.City311.Api.Dtos.My;

/// <summary>An address the resident added and has not confirmed: <see cref="Kind"/> is "phone" or "email".</summary>
public sealed record MyPendingAddressDto(string Address, string Kind, DateTimeOffset AddedAt);
