namespace CityCrm.CaseCore.Incidents;

/// <summary>An incident refused a change its status does not allow (a closed incident cannot close again or gather cases).</summary>
public sealed class IncidentTransitionException(string message) : InvalidOperationException(message);
