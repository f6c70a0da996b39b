namespace CityCrm.CaseCore.Duplicates;

/// <summary>What a new report is about, as far as duplicate detection needs: the service and the place.</summary>
/// <param name="ServiceCode">The catalogue code of the service.</param>
/// <param name="Location">The street address or intersection as the resident gave it (may be empty).</param>
/// <param name="Point">The position, when the resident shared one or the address was placed.</param>
public sealed record DuplicateProbe(string ServiceCode, string? Location, GeoPoint? Point);
