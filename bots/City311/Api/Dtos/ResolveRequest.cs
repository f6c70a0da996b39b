namespace CityCrm.City311.Api.Dtos;

/// <summary>The body of <c>POST /api/agent/conversations/{id}/resolve</c>.</summary>
/// <param name="Disposition">The wrap-up code, one of <c>GET /api/agent/routing/dispositions</c>.</param>
public sealed record ResolveRequest(string? Disposition);
