namespace CityCrm.City311.Api.Dtos;

/// <summary>A canned response filled for a conversation.</summary>
/// <param name="Id">The canned response.</param>
/// <param name="Text">The text to put in the reply box (plain text); placeholders without a value are left as written.</param>
/// <param name="Missing">Those placeholders' names, for the agent to fill in before sending.</param>
public sealed record FilledResponseDto(string Id, string Text, IReadOnlyList<string> Missing);
