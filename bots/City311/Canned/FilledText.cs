namespace CityCrm.City311.Canned;

/// <summary>A canned response filled for a conversation.</summary>
/// <param name="Text">The text, placeholders without a value left as written.</param>
/// <param name="Missing">The names of the placeholders left as written, for the agent to fill in.</param>
public sealed record FilledText(string Text, IReadOnlyList<string> Missing);
