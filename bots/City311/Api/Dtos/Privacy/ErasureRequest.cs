namespace CityCrm.City311.Api.Dtos.Privacy;

/// <summary>An erasure on request: the reference of the resident's request (kept in the audit, never personal data).</summary>
public sealed record ErasureRequest(string? RequestReference);
