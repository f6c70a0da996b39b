namespace CityCrm.City311.Canned;

/// <summary>A reply agents insert often, with <c>{{placeholders}}</c> filled for the open conversation.</summary>
/// <param name="Id">The file name without extension ("greeting").</param>
/// <param name="Title">What the picker shows.</param>
/// <param name="Text">The text with its placeholders.</param>
public sealed record CannedResponse(string Id, string Title, string Text);
