using CityCrm.CaseCore.Incidents;

namespace CityCrm.Testing;

/// <summary>
/// An in-memory <see cref="IIncidentStore"/> with the real rules: snapshots, a version check on save, one notice per contact.
/// Shared by the case and conversation test projects (linked into each).
/// </summary>
internal sealed class InMemoryIncidentStore : IIncidentStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, IncidentSnapshot> byId = new(StringComparer.Ordinal);
    private readonly List<IncidentNotification> notifications = [];

    public Task CreateAsync(Incident incident, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!byId.TryAdd(incident.Id, incident.ToSnapshot() with { Version = 0 }))
                throw new IncidentConflictException($"Incident {incident.Id} exists.");
            incident.Version = 0;
        }
        return Task.CompletedTask;
    }

    public Task<Incident?> GetAsync(string id, CancellationToken cancellationToken)
    {
        lock (gate)
            return Task.FromResult(byId.TryGetValue(id, out var s) ? Incident.Restore(s) : null);
    }

    public Task SaveAsync(Incident incident, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!byId.TryGetValue(incident.Id, out var stored) || stored.Version != incident.Version)
                throw new IncidentConflictException($"Incident {incident.Id} changed.");
            incident.Version++;
            byId[incident.Id] = incident.ToSnapshot();
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Incident>> ListAsync(IncidentStatus? status, CancellationToken cancellationToken)
    {
        lock (gate)
            return Task.FromResult<IReadOnlyList<Incident>>(byId.Values.Where(s => status is null || s.Status == status)
                .OrderByDescending(s => s.CreatedAt).Select(Incident.Restore).ToList());
    }

    public Task<bool> ClaimNotificationAsync(IncidentNotification notification, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (notifications.Any(n => n.IncidentId == notification.IncidentId && n.ContactId == notification.ContactId))
                return Task.FromResult(false);
            notifications.Add(notification);
            return Task.FromResult(true);
        }
    }

    public Task CompleteNotificationAsync(string incidentId, string contactId, NotificationOutcome outcome, string detail, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var i = notifications.FindIndex(n => n.IncidentId == incidentId && n.ContactId == contactId);
            if (i >= 0)
                notifications[i] = notifications[i] with { Outcome = outcome, Detail = detail };
        }
        return Task.CompletedTask;
    }

    public Task ReleaseNotificationAsync(string incidentId, string contactId, CancellationToken cancellationToken)
    {
        lock (gate)
            notifications.RemoveAll(n => n.IncidentId == incidentId && n.ContactId == contactId && n.Outcome == NotificationOutcome.Pending);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<IncidentNotification>> ListNotificationsAsync(string incidentId, CancellationToken cancellationToken)
    {
        lock (gate)
            return Task.FromResult<IReadOnlyList<IncidentNotification>>(notifications.Where(n => n.IncidentId == incidentId).ToList());
    }
}
