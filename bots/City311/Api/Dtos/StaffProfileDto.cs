namespace CityCrm.City311.Api.Dtos;

/// <summary>The signed-in staff member, as <c>GET /api/auth/me</c> returns it.</summary>
public sealed record StaffProfileDto(string Id, string UserName, string DisplayName, IReadOnlyList<string> Roles);
