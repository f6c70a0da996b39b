namespace CityCrm.CaseCore.Incidents;

/// <summary>How clusters of reports become incident suggestions (configuration section <c>Incidents</c>).</summary>
public sealed class IncidentOptions
{
    public const string Section = "Incidents";

    /// <summary>Reports of one service within this distance of each other belong to one cluster.</summary>
    public double RadiusMeters { get; set; } = 250;

    /// <summary>Only reports opened within this many hours count.</summary>
    public double WindowHours { get; set; } = 24;

    /// <summary>A cluster needs at least this many open reports to be suggested.</summary>
    public int MinimumCount { get; set; } = 3;

    /// <summary>At most this many open reports are read per suggestion run, newest first.</summary>
    public int MaxCases { get; set; } = 5000;

    public TimeSpan Window => TimeSpan.FromHours(WindowHours);
}
