namespace CityCrm.CaseCore.Suggestions;

/// <summary>
/// A past closed case as the ranker learns from it: the resident's description and the service the case was
/// finally filed under. Labelled evaluation sets use the same shape.
/// </summary>
public sealed record HistoryEntry(string Description, string Code);
