namespace CityCrm.CaseCore.Incidents;

/// <summary>
/// Called by the case-opening path right after a case is stored: a report that matches an active incident joins it
/// rather than becoming separate work.
/// </summary>
public interface IIncidentLinker
{
    /// <summary>The incident the case was linked to, or null when none matches. Never fails the opening of the case.</summary>
    Task<Incident?> LinkAsync(Case opened, CancellationToken cancellationToken);
}
