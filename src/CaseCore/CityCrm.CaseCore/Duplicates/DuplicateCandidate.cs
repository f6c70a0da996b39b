namespace CityCrm.CaseCore.Duplicates;

/// <summary>An open case that a new report probably duplicates.</summary>
/// <param name="Case">The earlier case.</param>
/// <param name="DistanceMeters">How far it is from the new report's position; null when matched by its location text.</param>
public sealed record DuplicateCandidate(Case Case, double? DistanceMeters);
