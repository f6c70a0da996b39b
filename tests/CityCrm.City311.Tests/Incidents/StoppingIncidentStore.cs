using CityCrm.CaseCore.Incidents;

namespace CityCrm.City311.Tests.Incidents;

/// <summary>
/// The host's incident store as a process that stops right after a notice was sent: the claim was written, but its
/// outcome never is, and the claim is not given back either (nothing runs after a stop).
/// </summary>
internal sealed class StoppingIncidentStore(IIncidentStore inner) : IIncidentStore
{
    public Task CreateAsync(Incident incident, CancellationToken cancellationToken) => inner.CreateAsync(incident, cancellationToken);

    public Task<Incident?> GetAsync(string id, CancellationToken cancellationToken) => inner.GetAsync(id, cancellationToken);

    public Task SaveAsync(Incident incident, CancellationToken cancellationToken) => inner.SaveAsync(incident, cancellationToken);

    public Task<IReadOnlyList<Incident>> ListAsync(IncidentStatus? status, CancellationToken cancellationToken) =>
        inner.ListAsync(status, cancellationToken);

    public Task<bool> ClaimNotificationAsync(IncidentNotification notification, CancellationToken cancellationToken) =>
        inner.ClaimNotificationAsync(notification, cancellationToken);

    public Task CompleteNotificationAsync(string incidentId, string contactId, NotificationOutcome outcome, string detail,
        CancellationToken cancellationToken) => throw new OperationCanceledException("The process stopped.");

    public Task ReleaseNotificationAsync(string incidentId, string contactId, CancellationToken cancellationToken) =>
        throw new OperationCanceledException("The process stopped.");

    public Task<IReadOnlyList<IncidentNotification>> ListNotificationsAsync(string incidentId, CancellationToken cancellationToken) =>
        inner.ListNotificationsAsync(incidentId, cancellationToken);
}
