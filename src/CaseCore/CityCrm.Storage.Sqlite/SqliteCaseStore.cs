using System.Text.Json;
using System.Text.Json.Serialization;
using CityCrm.CaseCore;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CityCrm.Storage.Sqlite;

/// <summary>Cases in the embedded SQLite file; the history is a JSON array in its own column.</summary>
public sealed class SqliteCaseStore(SqliteDatabase database, TimeProvider clock) : ICaseStore
{
    // Column aliases keep the mapping independent of Dapper's global underscore setting.
    private const string Columns =
        "id AS Id, reference AS Reference, service_code AS ServiceCode, service_name AS ServiceName, department AS Department, " +
        "description AS Description, location AS Location, contact_id AS ContactId, conversation_id AS ConversationId, " +
        "channel AS Channel, status AS Status, created_at AS CreatedAt, updated_at AS UpdatedAt, version AS Version, history AS History, " +
        "attributes AS Attributes, latitude AS Latitude, longitude AS Longitude, media AS Media, due_at AS DueAt, " +
        "priority AS Priority, queue AS Queue, assignee AS Assignee, hold_reason AS HoldReason, resolution_code AS ResolutionCode, " +
        "escalated_at AS EscalatedAt, work AS Work";
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;
    private const long NumberOffset = CaseReference.FirstNumber - 1;

    internal static readonly JsonSerializerOptions HistoryJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public async Task<long> NextNumberAsync(CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        // AUTOINCREMENT never reuses an id, even after a rollback or a delete, so numbers only go up.
        var id = await db.ExecuteScalarAsync<long>(new CommandDefinition(
            "INSERT INTO case_numbers (created_at) VALUES (@at) RETURNING id;",
            new { at = SqliteConversationStore.Iso(clock.GetUtcNow()) }, cancellationToken: cancellationToken));
        return id + NumberOffset;
    }

    public async Task CreateAsync(Case @case, CancellationToken cancellationToken)
    {
        var s = @case.ToSnapshot();
        await using var db = await database.OpenAsync(cancellationToken);
        try
        {
            await db.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO cases (id, reference, service_code, service_name, department, description, location, contact_id,
                    conversation_id, channel, status, created_at, updated_at, version, history, attributes, latitude, longitude, media, due_at,
                    priority, queue, assignee, hold_reason, resolution_code, escalated_at, work)
                VALUES (@Id, @Reference, @ServiceCode, @ServiceName, @Department, @Description, @Location, @ContactId,
                    @ConversationId, @Channel, @Status, @CreatedAt, @UpdatedAt, 0, @History, @Attributes, @Latitude, @Longitude, @Media, @DueAt,
                    @Priority, @Queue, @Assignee, @HoldReason, @ResolutionCode, @EscalatedAt, @Work);
                """,
                Parameters(s), cancellationToken: cancellationToken));
        }
        catch (SqliteException e) when (e.SqliteExtendedErrorCode is SqliteConstraintPrimaryKey or SqliteConstraintUnique)
        {
            throw new CaseConflictException($"A case with id {s.Id} or reference {s.Reference} already exists.");
        }
        @case.Version = 0;
    }

    public async Task<Case?> GetByReferenceAsync(string reference, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<SqliteCaseRow>(new CommandDefinition(
            $"SELECT {Columns} FROM cases WHERE reference = @reference;", new { reference }, cancellationToken: cancellationToken));
        return row?.ToCase();
    }

    public async Task SaveAsync(Case @case, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        await UpdateAsync(db, null, @case, cancellationToken);
    }

    /// <summary>The version-checked update, shared with the stores that save a case together with other rows.</summary>
    internal static async Task UpdateAsync(SqliteConnection db, SqliteTransaction? tx, Case @case, CancellationToken cancellationToken)
    {
        var s = @case.ToSnapshot();
        var changed = await db.ExecuteAsync(new CommandDefinition(
            """
            UPDATE cases SET status = @Status, updated_at = @UpdatedAt, history = @History, due_at = @DueAt, priority = @Priority,
                queue = @Queue, assignee = @Assignee, hold_reason = @HoldReason, resolution_code = @ResolutionCode,
                escalated_at = @EscalatedAt, work = @Work, version = version + 1
            WHERE id = @Id AND version = @Version;
            """,
            Parameters(s), tx, cancellationToken: cancellationToken));
        if (changed != 1)
            throw new CaseConflictException($"Case {@case.Reference} was changed by someone else; reload it and try again.");
        @case.Version++;
    }

    public async Task<IReadOnlyList<Case>> ListByContactAsync(string contactId, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<SqliteCaseRow>(new CommandDefinition(
            $"SELECT {Columns} FROM cases WHERE contact_id = @contactId ORDER BY created_at DESC, reference DESC;",
            new { contactId }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToCase()).ToList();
    }

    public async Task<IReadOnlyList<Case>> QueryAsync(CaseQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (where, parameters) = SqliteCaseFilter.Build(query);
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<SqliteCaseRow>(new CommandDefinition(
            $"SELECT {Columns} FROM cases {where} ORDER BY created_at DESC, reference DESC LIMIT @limit OFFSET @offset;",
            parameters, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToCase()).ToList();
    }

    private static object Parameters(CaseSnapshot s) => new
    {
        s.Id,
        s.Reference,
        s.ServiceCode,
        s.ServiceName,
        s.Department,
        s.Description,
        s.Location,
        s.ContactId,
        s.ConversationId,
        s.Channel,
        Status = (int)s.Status,
        CreatedAt = SqliteConversationStore.Iso(s.CreatedAt),
        UpdatedAt = SqliteConversationStore.Iso(s.UpdatedAt),
        s.Version,
        History = JsonSerializer.Serialize(s.History, HistoryJson),
        Attributes = JsonSerializer.Serialize(s.Attributes, HistoryJson),
        Latitude = s.Point?.Latitude,
        Longitude = s.Point?.Longitude,
        Media = JsonSerializer.Serialize(s.Media, HistoryJson),
        DueAt = s.DueAt is { } due ? SqliteConversationStore.Iso(due) : null,
        Priority = (int)s.Priority,
        s.Queue,
        s.Assignee,
        s.HoldReason,
        s.ResolutionCode,
        EscalatedAt = s.EscalatedAt is { } escalated ? SqliteConversationStore.Iso(escalated) : null,
        Work = JsonSerializer.Serialize(new SqliteCaseWork(s.Notes, s.Tasks, s.Links, s.Gates), HistoryJson),
    };
}
