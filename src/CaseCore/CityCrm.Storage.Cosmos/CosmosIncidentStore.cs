using CityCrm.CaseCore.Incidents;
using Microsoft.Azure.Cosmos;

namespace CityCrm.Storage.Cosmos;

/// <summary>
/// Incidents in container <c>incidents</c>, one partition per incident holding the incident document and one
/// document per reporter notice (id <c>notice:{contact}</c>): claiming a notice is an idempotent create, so of two
/// closers or retries exactly one sends it.
/// </summary>
public sealed class CosmosIncidentStore(CosmosStorage storage, TimeProvider clock) : IIncidentStore
{
    public static readonly CosmosContainerSpec Container = new("incidents")
    {
        CompositeIndexes = [["/createdTicks DESC", "/incidentId DESC"]],
    };

    private const string IncidentDocumentId = "incident";
    private readonly CosmosCollection incidents = storage.Collection(Container.Name);

    public async Task CreateAsync(Incident incident, CancellationToken cancellationToken)
    {
        var document = IncidentDocument.From(incident.ToSnapshot() with { Version = 0 });
        if (!await incidents.CreateAsync(document, document.Pk, cancellationToken))
            throw new IncidentConflictException($"An incident with id {incident.Id} already exists.");
        incident.Version = 0;
    }

    public async Task<Incident?> GetAsync(string id, CancellationToken cancellationToken) =>
        (await incidents.ReadAsync<IncidentDocument>(IncidentDocumentId, CosmosKeys.Escape(id), cancellationToken))?.Document.ToIncident();

    public async Task SaveAsync(Incident incident, CancellationToken cancellationToken)
    {
        var stored = await incidents.ReadAsync<IncidentDocument>(IncidentDocumentId, CosmosKeys.Escape(incident.Id), cancellationToken);
        var snapshot = incident.ToSnapshot();
        if (stored is null || stored.Document.Snapshot.Version != snapshot.Version
            || !await incidents.ReplaceAsync(IncidentDocument.From(snapshot with { Version = snapshot.Version + 1 }), IncidentDocumentId, stored.Document.Pk, stored.ETag, cancellationToken))
            throw new IncidentConflictException($"Incident \"{incident.Title}\" was changed by someone else; reload it and try again.");
        incident.Version++;
    }

    public async Task<IReadOnlyList<Incident>> ListAsync(IncidentStatus? status, CancellationToken cancellationToken)
    {
        // The incidents board: a handful of documents across partitions, read by staff, never per message.
        var query = status is null
            ? new QueryDefinition("SELECT * FROM c WHERE c.type = 'incident' ORDER BY c.createdTicks DESC, c.incidentId DESC")
            : new QueryDefinition("SELECT * FROM c WHERE c.type = 'incident' AND c.status = @status ORDER BY c.createdTicks DESC, c.incidentId DESC")
                .WithParameter("@status", (int)status);
        return [.. (await incidents.QueryAsync<IncidentDocument>(query, null, int.MaxValue, cancellationToken)).Select(d => d.ToIncident())];
    }

    public Task<bool> ClaimNotificationAsync(IncidentNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var document = new NoticeDocument(NoticeId(notification.ContactId), CosmosKeys.Escape(notification.IncidentId), "notice", clock.GetUtcNow().UtcTicks, notification);
        return incidents.CreateAsync(document, document.Pk, cancellationToken);
    }

    public async Task CompleteNotificationAsync(string incidentId, string contactId, NotificationOutcome outcome, string detail, CancellationToken cancellationToken)
    {
        var pk = CosmosKeys.Escape(incidentId);
        while (await incidents.ReadAsync<NoticeDocument>(NoticeId(contactId), pk, cancellationToken) is { } stored)
        {
            var next = stored.Document with { Notice = stored.Document.Notice with { Outcome = outcome, Detail = detail } };
            if (await incidents.ReplaceAsync(next, next.Id, pk, stored.ETag, cancellationToken))
                return;
        }
    }

    public async Task ReleaseNotificationAsync(string incidentId, string contactId, CancellationToken cancellationToken)
    {
        var pk = CosmosKeys.Escape(incidentId);
        var stored = await incidents.ReadAsync<NoticeDocument>(NoticeId(contactId), pk, cancellationToken);
        // Only a notice still pending is released, and only as read: one completed meanwhile stays.
        if (stored?.Document.Notice.Outcome == NotificationOutcome.Pending)
            await incidents.DeleteAsync(stored.Document.Id, pk, cancellationToken, stored.ETag);
    }

    public async Task<IReadOnlyList<IncidentNotification>> ListNotificationsAsync(string incidentId, CancellationToken cancellationToken)
    {
        var pk = CosmosKeys.Escape(incidentId);
        var notices = await incidents.QueryAsync<NoticeDocument>(
            new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk AND c.type = 'notice'").WithParameter("@pk", pk), pk, int.MaxValue, cancellationToken);
        return [.. notices.OrderBy(n => n.ClaimedTicks).ThenBy(n => n.Id, StringComparer.Ordinal).Select(n => n.Notice)];
    }

    private static string NoticeId(string contactId) => "notice:" + CosmosKeys.Escape(contactId);

    private sealed record NoticeDocument(string Id, string Pk, string Type, long ClaimedTicks, IncidentNotification Notice);

    private sealed record IncidentDocument(string Id, string Pk, string Type, string IncidentId, int Status, long CreatedTicks, IncidentSnapshot Snapshot)
    {
        public static IncidentDocument From(IncidentSnapshot s) =>
            new(IncidentDocumentId, CosmosKeys.Escape(s.Id), "incident", s.Id, (int)s.Status, s.CreatedAt.UtcTicks, s);

        public Incident ToIncident() => Incident.Restore(Snapshot);
    }
}
