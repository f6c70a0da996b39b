namespace CityCrm.CaseCore;

/// <summary>Case settings from configuration (section <c>Cases</c>).</summary>
public sealed class CaseOptions
{
    public const string Section = "Cases";

    /// <summary>The city limits: [latitude, longitude] corners of a polygon. Empty accepts any place.</summary>
    public List<double[]> Boundary { get; set; } = [];

    /// <summary>At most this many photos or files per report.</summary>
    public int MaxMedia { get; set; } = 5;

    public CityBoundary ToBoundary() =>
        new(Boundary.Select(c => c is { Length: 2 }
            ? new GeoPoint(c[0], c[1])
            : throw new InvalidOperationException("Each corner in Cases:Boundary must be [latitude, longitude].")));
}
