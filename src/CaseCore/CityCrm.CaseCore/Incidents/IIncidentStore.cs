namespace CityCrm.CaseCore.Incidents;

/// <summary>Persistence of incidents and of the closing notices sent to their reporters; each call commits durably.</summary>
public interface IIncidentStore
{
    /// <summary>Inserts a new incident; throws <see cref="IncidentConflictException"/> when its id exists.</summary>
    Task CreateAsync(Incident incident, CancellationToken cancellationToken);

    Task<Incident?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// Saves a changed incident if nobody saved it since it was read (its <see cref="Incident.Version"/>), then bumps
    /// the version; otherwise throws <see cref="IncidentConflictException"/> and changes nothing.
    /// </summary>
    Task SaveAsync(Incident incident, CancellationToken cancellationToken);

    /// <summary>Incidents with the status (any when null), newest first.</summary>
    Task<IReadOnlyList<Incident>> ListAsync(IncidentStatus? status, CancellationToken cancellationToken);

    /// <summary>
    /// Records that the contact is being told of the incident's close; false, and nothing written, when a notice for
    /// this contact and incident exists already (whatever its outcome).
    /// </summary>
    Task<bool> ClaimNotificationAsync(IncidentNotification notification, CancellationToken cancellationToken);

    /// <summary>Sets the outcome and detail of a claimed notice.</summary>
    Task CompleteNotificationAsync(string incidentId, string contactId, NotificationOutcome outcome, string detail, CancellationToken cancellationToken);

    /// <summary>Removes a notice still <see cref="NotificationOutcome.Pending"/> (its sending failed), so a retry sends it.</summary>
    Task ReleaseNotificationAsync(string incidentId, string contactId, CancellationToken cancellationToken);

    /// <summary>The incident's notices, in the order they were claimed.</summary>
    Task<IReadOnlyList<IncidentNotification>> ListNotificationsAsync(string incidentId, CancellationToken cancellationToken);
}
