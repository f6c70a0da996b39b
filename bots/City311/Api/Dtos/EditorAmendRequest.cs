namespace CityCrm.City311.Api.Dtos;

/// <summary>
/// A small correction: a resident's question to add as a phrasing (<c>phrasings</c>), or none (<c>confirm-translation</c>).
/// Without a base version the correction applies to whatever the head is.
/// </summary>
public sealed record EditorAmendRequest(string? Question, int? BaseVersion);
