namespace CityCrm.CaseCore.Incidents;

/// <summary>Whether an incident still answers residents and gathers new reports.</summary>
public enum IncidentStatus
{
    Active = 0,
    Closed = 1,
}
