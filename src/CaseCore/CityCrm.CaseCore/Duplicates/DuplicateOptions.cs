namespace CityCrm.CaseCore.Duplicates;

/// <summary>
/// When a new report is probably one the city already has (configuration section <c>Cases:Duplicates</c>):
/// an open case of the same service within <see cref="RadiusMeters"/> of the place, reported in the last
/// <see cref="WindowDays"/> days.
/// </summary>
public sealed class DuplicateOptions
{
    public const string Section = "Cases:Duplicates";

    /// <summary>How close two positions must be to be "the same place".</summary>
    public double RadiusMeters { get; set; } = 100;

    /// <summary>How far back an open case still counts.</summary>
    public int WindowDays { get; set; } = 30;

    /// <summary>At most this many earlier reports are shown to the resident.</summary>
    public int MaxShown { get; set; } = 3;

    /// <summary>How many recent cases of the service are compared by location text when the new report has no position.</summary>
    public int TextScanLimit { get; set; } = 200;
}
