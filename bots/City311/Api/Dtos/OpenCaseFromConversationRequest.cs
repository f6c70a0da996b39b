namespace CityCrm.City311.Api.Dtos;

/// <summary>A case an agent opens for the resident of a conversation.</summary>
/// <param name="ServiceCode">The catalogue's service code ("pothole").</param>
/// <param name="Description">What the resident reported.</param>
/// <param name="Location">Where (an address or intersection).</param>
public sealed record OpenCaseFromConversationRequest(string? ServiceCode, string? Description, string? Location);
