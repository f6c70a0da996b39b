using CityCrm.Conversations.Calls;
using Dapper;

namespace CityCrm.Storage.Sqlite;

/// <summary>Phone calls in the embedded database; the first start and the first end of a call win.</summary>
public sealed class SqliteCallLog(SqliteDatabase database) : ICallLog
{
    private const string Columns = "call_id AS CallId, conversation_id AS ConversationId, inbox_id AS InboxId, caller AS Caller, "
        + "started_at AS StartedAt, ended_at AS EndedAt, duration_seconds AS DurationSeconds, status AS Status";

    public async Task<bool> StartAsync(PhoneCall call, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var inserted = await db.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO phone_calls (call_id, conversation_id, inbox_id, caller, started_at, ended_at, duration_seconds, status)
            VALUES (@CallId, @ConversationId, @InboxId, @Caller, @StartedAt, @EndedAt, @DurationSeconds, @Status)
            ON CONFLICT (call_id) DO NOTHING;
            """,
            new { call.CallId, call.ConversationId, call.InboxId, call.Caller, StartedAt = call.StartedAt.ToString("O"),
                EndedAt = call.EndedAt?.ToString("O"), call.DurationSeconds, call.Status },
            cancellationToken: cancellationToken));
        return inserted == 1;
    }

    public async Task<PhoneCall?> GetAsync(string callId, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<CallRow>(new CommandDefinition(
            $"SELECT {Columns} FROM phone_calls WHERE call_id = @callId;", new { callId }, cancellationToken: cancellationToken));
        return row?.ToCall();
    }

    public async Task<bool> EndAsync(string callId, string status, int? durationSeconds, DateTimeOffset endedAt, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var updated = await db.ExecuteAsync(new CommandDefinition(
            "UPDATE phone_calls SET ended_at = @endedAt, duration_seconds = @durationSeconds, status = @status WHERE call_id = @callId AND ended_at IS NULL;",
            new { callId, status, durationSeconds, endedAt = endedAt.ToString("O") }, cancellationToken: cancellationToken));
        return updated == 1;
    }

    private sealed record CallRow(string CallId, string ConversationId, string InboxId, string Caller, string StartedAt, string? EndedAt, long? DurationSeconds, string Status)
    {
        public PhoneCall ToCall() =>
            new(CallId, ConversationId, InboxId, Caller, ContactRow.Parse(StartedAt), ContactRow.ParseNullable(EndedAt), (int?)DurationSeconds, Status);
    }
}
