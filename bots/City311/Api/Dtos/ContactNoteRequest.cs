namespace CityCrm.City311.Api.Dtos;

/// <summary>A note to add to a contact.</summary>
public sealed record ContactNoteRequest(string? Text);
