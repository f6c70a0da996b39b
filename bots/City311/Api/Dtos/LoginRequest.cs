namespace CityCrm.City311.Api.Dtos;

/// <summary>The body of <c>POST /api/auth/login</c>.</summary>
public sealed record LoginRequest(string? UserName, string? Password);
