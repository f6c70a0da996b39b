using System.Globalization;
using System.Text.Json;
using CityCrm.Conversations.Appointments;
using Dapper;
using static CityCrm.Storage.Sqlite.SqliteConversationStore;

namespace CityCrm.Storage.Sqlite;

/// <summary>
/// Appointments in the embedded SQLite file (<c>appointments</c>, <c>appointment_offers</c>). A booking counts the
/// slot's booked rows and inserts inside one immediate transaction, which takes SQLite's write lock first, so parallel
/// bookings queue and none can see a count another is about to raise.
/// </summary>
public sealed class SqliteAppointmentStore(SqliteDatabase database) : IAppointmentStore
{
    private const string Columns =
        "id AS Id, calendar_id AS CalendarId, starts_at AS StartsAt, contact_id AS ContactId, conversation_id AS ConversationId, state AS State, " +
        "booked_by AS BookedBy, booked_at AS BookedAt, reminder_due_at AS ReminderDueAt, reminder_sent_at AS ReminderSentAt";

    private const string CountSql = "SELECT COUNT(*) FROM appointments WHERE calendar_id = @CalendarId AND starts_at = @StartsAt AND state = 0;";

    public async Task<bool> BookAsync(Appointment appointment, int capacity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        await using var db = await database.OpenAsync(cancellationToken);
        await using var tx = db.BeginTransaction(deferred: false);
        var slot = new { appointment.CalendarId, StartsAt = Iso(appointment.StartsAt) };
        if (await db.ExecuteScalarAsync<long>(new CommandDefinition(CountSql, slot, tx, cancellationToken: cancellationToken)) >= capacity)
            return false;
        await db.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO appointments (id, calendar_id, starts_at, contact_id, conversation_id, state, booked_by, booked_at, reminder_due_at, reminder_sent_at)
            VALUES (@Id, @CalendarId, @StartsAt, @ContactId, @ConversationId, @State, @BookedBy, @BookedAt, @ReminderDueAt, NULL);
            """,
            new
            {
                appointment.Id, appointment.CalendarId, StartsAt = Iso(appointment.StartsAt), appointment.ContactId, appointment.ConversationId,
                State = (int)appointment.State, appointment.BookedBy, BookedAt = Iso(appointment.BookedAt), ReminderDueAt = Nullable(appointment.ReminderDueAt),
            }, tx, cancellationToken: cancellationToken));
        await tx.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<bool> RescheduleAsync(string appointmentId, DateTimeOffset startsAt, DateTimeOffset? reminderDueAt, int capacity, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        await using var tx = db.BeginTransaction(deferred: false);
        var calendarId = await db.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT calendar_id FROM appointments WHERE id = @appointmentId AND state = 0;", new { appointmentId }, tx, cancellationToken: cancellationToken));
        if (calendarId is null
            || await db.ExecuteScalarAsync<long>(new CommandDefinition(CountSql, new { CalendarId = calendarId, StartsAt = Iso(startsAt) }, tx, cancellationToken: cancellationToken)) >= capacity)
            return false;
        await db.ExecuteAsync(new CommandDefinition(
            "UPDATE appointments SET starts_at = @startsAt, reminder_due_at = @reminder, reminder_sent_at = NULL WHERE id = @appointmentId;",
            new { appointmentId, startsAt = Iso(startsAt), reminder = Nullable(reminderDueAt) }, tx, cancellationToken: cancellationToken));
        await tx.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<bool> CancelAsync(string appointmentId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        return await db.ExecuteAsync(new CommandDefinition(
            "UPDATE appointments SET state = 1, cancelled_at = @at WHERE id = @appointmentId AND state = 0;",
            new { appointmentId, at = Iso(at) }, cancellationToken: cancellationToken)) == 1;
    }

    public async Task<Appointment?> GetAsync(string appointmentId, CancellationToken cancellationToken) =>
        (await QueryAsync("WHERE id = @appointmentId", new { appointmentId }, cancellationToken)).FirstOrDefault();

    public Task<IReadOnlyList<Appointment>> ListUpcomingAsync(string contactId, DateTimeOffset from, CancellationToken cancellationToken) =>
        QueryAsync("WHERE contact_id = @contactId AND state = 0 AND starts_at >= @from ORDER BY starts_at", new { contactId, from = Iso(from) }, cancellationToken);

    public async Task<IReadOnlyDictionary<DateTimeOffset, int>> CountBookedAsync(string calendarId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<(string StartsAt, long Count)>(new CommandDefinition(
            "SELECT starts_at, COUNT(*) FROM appointments WHERE calendar_id = @calendarId AND state = 0 AND starts_at >= @from AND starts_at < @to GROUP BY starts_at;",
            new { calendarId, from = Iso(from), to = Iso(to) }, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => Parse(r.StartsAt), r => (int)r.Count);
    }

    public Task<IReadOnlyList<Appointment>> DueRemindersAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        QueryAsync("WHERE state = 0 AND reminder_sent_at IS NULL AND reminder_due_at <= @now ORDER BY reminder_due_at LIMIT @limit",
            new { now = Iso(now), limit }, cancellationToken);

    public async Task MarkReminderSentAsync(string appointmentId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition("UPDATE appointments SET reminder_sent_at = @at WHERE id = @appointmentId;",
            new { appointmentId, at = Iso(at) }, cancellationToken: cancellationToken));
    }

    public async Task SaveOfferAsync(AppointmentOffer offer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(offer);
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO appointment_offers (conversation_id, calendar_id, slots, appointment_id, offered_at) VALUES (@ConversationId, @CalendarId, @Slots, @AppointmentId, @OfferedAt)
            ON CONFLICT (conversation_id) DO UPDATE SET calendar_id = excluded.calendar_id, slots = excluded.slots, appointment_id = excluded.appointment_id, offered_at = excluded.offered_at;
            """,
            new { offer.ConversationId, offer.CalendarId, Slots = JsonSerializer.Serialize(offer.Slots.Select(Iso)), offer.AppointmentId, OfferedAt = Iso(offer.OfferedAt) },
            cancellationToken: cancellationToken));
    }

    public async Task<AppointmentOffer?> GetOfferAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<(string CalendarId, string Slots, string? AppointmentId, string OfferedAt)?>(new CommandDefinition(
            "SELECT calendar_id, slots, appointment_id, offered_at FROM appointment_offers WHERE conversation_id = @conversationId;",
            new { conversationId }, cancellationToken: cancellationToken));
        return row is { } r
            ? new AppointmentOffer(conversationId, r.CalendarId, [.. JsonSerializer.Deserialize<List<string>>(r.Slots)!.Select(Parse)], r.AppointmentId, Parse(r.OfferedAt))
            : null;
    }

    public async Task DeleteOfferAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition("DELETE FROM appointment_offers WHERE conversation_id = @conversationId;", new { conversationId }, cancellationToken: cancellationToken));
    }

    private async Task<IReadOnlyList<Appointment>> QueryAsync(string where, object parameters, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<Row>(new CommandDefinition($"SELECT {Columns} FROM appointments {where};", parameters, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new Appointment(r.Id, r.CalendarId, Parse(r.StartsAt), r.ContactId, r.ConversationId, (AppointmentState)r.State, r.BookedBy,
            Parse(r.BookedAt), r.ReminderDueAt is null ? null : Parse(r.ReminderDueAt), r.ReminderSentAt is null ? null : Parse(r.ReminderSentAt)))];
    }

    private static string? Nullable(DateTimeOffset? at) => at is { } value ? Iso(value) : null;

    private static DateTimeOffset Parse(string at) =>
        DateTimeOffset.Parse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private sealed record Row(
        string Id, string CalendarId, string StartsAt, string ContactId, string? ConversationId, long State, string BookedBy, string BookedAt,
        string? ReminderDueAt, string? ReminderSentAt);
}
