namespace CityCrm.CaseCore.Sla;

/// <summary>
/// A service's resolution target set in the workflow file, for catalogues that do not carry one:
/// hours from report to resolution, counted in "business-hours" or "24x7".
/// </summary>
public sealed class ServiceTarget
{
    public double Hours { get; set; }

    public string Calendar { get; set; } = SlaPolicy.TwentyFourSeven;
}
