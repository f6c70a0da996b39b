namespace CityCrm.CaseCore.Streets;

/// <summary>A canonical place offered to the resident ("123 Elm Street", "Elm Street &amp; 5th Avenue") and its position when known.</summary>
public sealed record AddressCandidate(string Text, GeoPoint? Point);
