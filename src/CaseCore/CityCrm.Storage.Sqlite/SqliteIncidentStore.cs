using System.Text.Json;
using System.Text.Json.Serialization;
using CityCrm.CaseCore.Incidents;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CityCrm.Storage.Sqlite;

/// <summary>
/// Incidents in the embedded SQLite file: status and times in columns for listing, the rest (services, area, messages,
/// linked cases, history) as one JSON body. Closing notices have a row per incident and contact, so claiming one twice fails.
/// </summary>
public sealed class SqliteIncidentStore(SqliteDatabase database) : IIncidentStore
{
    private const int SqliteConstraintPrimaryKey = 1555;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public async Task CreateAsync(Incident incident, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        try
        {
            await db.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO incidents (id, title, status, created_at, updated_at, version, body)
                VALUES (@Id, @Title, @Status, @CreatedAt, @UpdatedAt, 0, @Body);
                """,
                Parameters(incident.ToSnapshot()), cancellationToken: cancellationToken));
        }
        catch (SqliteException e) when (e.SqliteExtendedErrorCode == SqliteConstraintPrimaryKey)
        {
            throw new IncidentConflictException($"An incident with id {incident.Id} already exists.");
        }
        incident.Version = 0;
    }

    public async Task<Incident?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<IncidentRow>(new CommandDefinition(
            "SELECT id AS Id, version AS Version, body AS Body FROM incidents WHERE id = @id;", new { id }, cancellationToken: cancellationToken));
        return row?.ToIncident();
    }

    public async Task SaveAsync(Incident incident, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var changed = await db.ExecuteAsync(new CommandDefinition(
            """
            UPDATE incidents SET title = @Title, status = @Status, updated_at = @UpdatedAt, body = @Body, version = version + 1
            WHERE id = @Id AND version = @Version;
            """,
            Parameters(incident.ToSnapshot()), cancellationToken: cancellationToken));
        if (changed != 1)
            throw new IncidentConflictException($"Incident \"{incident.Title}\" was changed by someone else; reload it and try again.");
        incident.Version++;
    }

    public async Task<IReadOnlyList<Incident>> ListAsync(IncidentStatus? status, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<IncidentRow>(new CommandDefinition(
            "SELECT id AS Id, version AS Version, body AS Body FROM incidents WHERE @status IS NULL OR status = @status ORDER BY created_at DESC, id DESC;",
            new { status = (int?)status }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToIncident()).ToList();
    }

    public async Task<bool> ClaimNotificationAsync(IncidentNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        await using var db = await database.OpenAsync(cancellationToken);
        // The primary key (incident, contact) makes the claim atomic: of two closers or retries, one inserts.
        var inserted = await db.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO incident_notifications (incident_id, contact_id, case_reference, outcome, detail, at)
            VALUES (@IncidentId, @ContactId, @CaseReference, @Outcome, @Detail, @At)
            ON CONFLICT (incident_id, contact_id) DO NOTHING;
            """,
            new
            {
                notification.IncidentId, notification.ContactId, notification.CaseReference, Outcome = (int)notification.Outcome,
                notification.Detail, At = SqliteConversationStore.Iso(notification.At),
            }, cancellationToken: cancellationToken));
        return inserted == 1;
    }

    public async Task CompleteNotificationAsync(string incidentId, string contactId, NotificationOutcome outcome, string detail, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition(
            "UPDATE incident_notifications SET outcome = @outcome, detail = @detail WHERE incident_id = @incidentId AND contact_id = @contactId;",
            new { incidentId, contactId, outcome = (int)outcome, detail }, cancellationToken: cancellationToken));
    }

    public async Task ReleaseNotificationAsync(string incidentId, string contactId, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition(
            "DELETE FROM incident_notifications WHERE incident_id = @incidentId AND contact_id = @contactId AND outcome = @pending;",
            new { incidentId, contactId, pending = (int)NotificationOutcome.Pending }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<IncidentNotification>> ListNotificationsAsync(string incidentId, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<NotificationRow>(new CommandDefinition(
            """
            SELECT incident_id AS IncidentId, contact_id AS ContactId, case_reference AS CaseReference, outcome AS Outcome, detail AS Detail, at AS At
            FROM incident_notifications WHERE incident_id = @incidentId ORDER BY rowid;
            """,
            new { incidentId }, cancellationToken: cancellationToken));
        return rows.Select(r => new IncidentNotification(
            r.IncidentId, r.ContactId, r.CaseReference, (NotificationOutcome)r.Outcome, r.Detail, ContactRow.Parse(r.At))).ToList();
    }

    private static object Parameters(IncidentSnapshot s) => new
    {
        s.Id,
        s.Title,
        Status = (int)s.Status,
        CreatedAt = SqliteConversationStore.Iso(s.CreatedAt),
        UpdatedAt = SqliteConversationStore.Iso(s.UpdatedAt),
        s.Version,
        Body = JsonSerializer.Serialize(s, Json),
    };

    private sealed class IncidentRow
    {
        public string Id { get; set; } = "";
        public long Version { get; set; }
        public string Body { get; set; } = "{}";

        // The version column is the truth; the body's copy is what it was when last written.
        public Incident ToIncident() => Incident.Restore(
            (JsonSerializer.Deserialize<IncidentSnapshot>(Body, Json) ?? throw new InvalidDataException($"Incident {Id} has no body.")) with
            {
                Version = (int)Version,
            });
    }

    private sealed class NotificationRow
    {
        public string IncidentId { get; set; } = "";
        public string ContactId { get; set; } = "";
        public string CaseReference { get; set; } = "";
        public long Outcome { get; set; }
        public string Detail { get; set; } = "";
        public string At { get; set; } = "";
    }
}
