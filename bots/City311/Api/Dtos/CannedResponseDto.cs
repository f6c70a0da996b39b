namespace CityCrm.City311.Api.Dtos;

/// <summary>A canned response as the console's picker lists it (the text with its placeholders, plain text).</summary>
public sealed record CannedResponseDto(string Id, string Title, string Text);
