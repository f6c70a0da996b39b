namespace CityCrm.CaseCore;

/// <summary>An internal note on a case: staff only, never shown to the resident.</summary>
public sealed record CaseNote(string Id, DateTimeOffset At, string Author, string Text);
