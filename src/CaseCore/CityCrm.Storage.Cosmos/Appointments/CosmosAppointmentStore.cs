using CityCrm.Conversations.Appointments;
using Microsoft.Azure.Cosmos;

namespace CityCrm.Storage.Cosmos.Appointments;

/// <summary>
/// Appointments in container <c>appointments</c>, embedded in the document of their slot (partitioned by calendar and
/// day): booking checks the capacity and adds the appointment in one ETag-guarded write, so a slot can never hold
/// more than its capacity however many book at once. Pointers by appointment and by contact lead to the slot. Slot
/// counts for a period read one partition per day; the reminder scan reads across partitions (background poll).
/// </summary>
public sealed class CosmosAppointmentStore(CosmosStorage storage) : IAppointmentStore
{
    public static readonly CosmosContainerSpec Container = new("appointments");

    private readonly CosmosCollection appointments = storage.Collection(Container.Name);

    public async Task<bool> BookAsync(Appointment appointment, int capacity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        await WritePointersAsync(appointment, appointment.StartsAt, cancellationToken);
        // Booking the same appointment again (a retry after a lost answer) finds it in place and succeeds.
        if (await ChangeSlotAsync(appointment.CalendarId, appointment.StartsAt,
                slot => slot.Appointments.Any(a => a.Id == appointment.Id) ? slot : slot.Booked < capacity ? slot.With(appointment) : null, cancellationToken))
            return true;
        var byId = AppointmentPointer.ById(appointment.Id, appointment.CalendarId, appointment.StartsAt);
        var byContact = AppointmentPointer.ByContact(appointment.ContactId, appointment.Id, appointment.CalendarId, appointment.StartsAt);
        await appointments.DeleteAsync(byContact.Id, byContact.Pk, cancellationToken);
        await appointments.DeleteAsync(byId.Id, byId.Pk, cancellationToken);
        return false;
    }

    public async Task<bool> RescheduleAsync(string appointmentId, DateTimeOffset startsAt, DateTimeOffset? reminderDueAt, int capacity, CancellationToken cancellationToken)
    {
        var current = await GetAsync(appointmentId, cancellationToken);
        if (current is not { State: AppointmentState.Booked })
            return false;
        var moved = current with { StartsAt = startsAt, ReminderDueAt = reminderDueAt, ReminderSentAt = null };
        if (current.StartsAt == startsAt)
            return await ChangeSlotAsync(current.CalendarId, startsAt, slot => slot.With(moved), cancellationToken);
        // Into the new slot first, then the pointers, then out of the old one: a crash in between leaves the old place
        // counted (one place lost) but never lets a slot take more than its capacity.
        if (!await ChangeSlotAsync(current.CalendarId, startsAt, slot => slot.Booked < capacity ? slot.With(moved) : null, cancellationToken))
            return false;
        await WritePointersAsync(moved, startsAt, cancellationToken, replace: true);
        await ChangeSlotAsync(current.CalendarId, current.StartsAt, slot => slot.Without(appointmentId), cancellationToken);
        return true;
    }

    public Task<bool> CancelAsync(string appointmentId, DateTimeOffset at, CancellationToken cancellationToken) =>
        ChangeAppointmentAsync(appointmentId, a => a.State == AppointmentState.Booked ? a with { State = AppointmentState.Cancelled } : null, cancellationToken);

    public async Task<Appointment?> GetAsync(string appointmentId, CancellationToken cancellationToken)
    {
        var key = AppointmentPointer.ById(appointmentId, "", default);
        var pointer = await appointments.ReadAsync<AppointmentPointer>(key.Id, key.Pk, cancellationToken);
        return pointer is null ? null : await FindAsync(pointer.Document, cancellationToken);
    }

    public async Task<IReadOnlyList<Appointment>> ListUpcomingAsync(string contactId, DateTimeOffset from, CancellationToken cancellationToken)
    {
        var partition = AppointmentPointer.ContactPartition(contactId);
        var pointers = await appointments.QueryAsync<AppointmentPointer>(
            new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk").WithParameter("@pk", partition), partition, int.MaxValue, cancellationToken);
        var upcoming = new List<Appointment>();
        foreach (var pointer in pointers.Where(p => p.StartsAt >= from))
        {
            if (await FindAsync(pointer, cancellationToken) is { State: AppointmentState.Booked } found && found.StartsAt >= from)
                upcoming.Add(found);
        }
        return [.. upcoming.OrderBy(a => a.StartsAt)];
    }

    public async Task<IReadOnlyDictionary<DateTimeOffset, int>> CountBookedAsync(string calendarId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<DateTimeOffset, int>();
        for (var day = from.UtcDateTime.Date; day < to.UtcDateTime; day = day.AddDays(1))
        {
            var partition = SlotDocument.DayPartition(calendarId, new DateTimeOffset(day));
            var slots = await appointments.QueryAsync<SlotDocument>(
                new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk AND c.startsTicks >= @from AND c.startsTicks < @to")
                    .WithParameter("@pk", partition).WithParameter("@from", from.UtcTicks).WithParameter("@to", to.UtcTicks),
                partition, int.MaxValue, cancellationToken);
            foreach (var slot in slots.Where(s => s.Booked > 0))
                counts[new DateTimeOffset(slot.StartsTicks, TimeSpan.Zero)] = slot.Booked;
        }
        return counts;
    }

    public async Task<IReadOnlyList<Appointment>> DueRemindersAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        // Across partitions: the reminder worker's background poll. Times are compared here, not in the query, because
        // the embedded appointments keep them as text.
        var booked = await appointments.QueryAsync<Appointment>(
            new QueryDefinition("SELECT VALUE a FROM c JOIN a IN c.appointments WHERE c.type = @kind AND a.state = 0 AND IS_STRING(a.reminderDueAt) AND NOT IS_STRING(a.reminderSentAt)")
                .WithParameter("@kind", SlotDocument.Kind),
            null, int.MaxValue, cancellationToken);
        return [.. booked.Where(a => a.ReminderDueAt <= now).OrderBy(a => a.ReminderDueAt).Take(limit)];
    }

    public Task MarkReminderSentAsync(string appointmentId, DateTimeOffset at, CancellationToken cancellationToken) =>
        ChangeAppointmentAsync(appointmentId, a => a with { ReminderSentAt = at }, cancellationToken);

    public Task SaveOfferAsync(AppointmentOffer offer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(offer);
        var document = new OfferDocument("offer", OfferDocument.PartitionOf(offer.ConversationId), "offer", offer);
        return appointments.UpsertAsync(document, document.Pk, cancellationToken);
    }

    public async Task<AppointmentOffer?> GetOfferAsync(string conversationId, CancellationToken cancellationToken) =>
        (await appointments.ReadAsync<OfferDocument>("offer", OfferDocument.PartitionOf(conversationId), cancellationToken))?.Document.Offer;

    public Task DeleteOfferAsync(string conversationId, CancellationToken cancellationToken) =>
        appointments.DeleteAsync("offer", OfferDocument.PartitionOf(conversationId), cancellationToken);

    private async Task WritePointersAsync(Appointment appointment, DateTimeOffset startsAt, CancellationToken cancellationToken, bool replace = false)
    {
        var byId = AppointmentPointer.ById(appointment.Id, appointment.CalendarId, startsAt);
        var byContact = AppointmentPointer.ByContact(appointment.ContactId, appointment.Id, appointment.CalendarId, startsAt);
        if (replace)
        {
            await appointments.UpsertAsync(byId, byId.Pk, cancellationToken);
            await appointments.UpsertAsync(byContact, byContact.Pk, cancellationToken);
            return;
        }
        // A create that finds a pointer keeps it: the id is already bound to a slot, and that slot decides.
        await appointments.CreateAsync(byId, byId.Pk, cancellationToken);
        await appointments.CreateAsync(byContact, byContact.Pk, cancellationToken);
    }

    private async Task<Appointment?> FindAsync(AppointmentPointer pointer, CancellationToken cancellationToken)
    {
        var slot = await appointments.ReadAsync<SlotDocument>(SlotDocument.IdOf(pointer.StartsAt), SlotDocument.DayPartition(pointer.CalendarId, pointer.StartsAt), cancellationToken);
        return slot?.Document.Appointments.FirstOrDefault(a => a.Id == pointer.AppointmentId);
    }

    private async Task<bool> ChangeAppointmentAsync(string appointmentId, Func<Appointment, Appointment?> change, CancellationToken cancellationToken)
    {
        var current = await GetAsync(appointmentId, cancellationToken);
        return current is not null && await ChangeSlotAsync(current.CalendarId, current.StartsAt,
            slot => slot.Appointments.FirstOrDefault(a => a.Id == appointmentId) is { } stored && change(stored) is { } changed ? slot.With(changed) : null,
            cancellationToken);
    }

    /// <summary>Applies <paramref name="change"/> (null: refused) to the slot under its ETag, again on the fresh slot after a conflict.</summary>
    private async Task<bool> ChangeSlotAsync(string calendarId, DateTimeOffset startsAt, Func<SlotDocument, SlotDocument?> change, CancellationToken cancellationToken)
    {
        var empty = SlotDocument.Empty(calendarId, startsAt);
        while (true)
        {
            var stored = await appointments.ReadAsync<SlotDocument>(empty.Id, empty.Pk, cancellationToken);
            if (change(stored?.Document ?? empty) is not { } next)
                return false;
            var written = stored is null
                ? await appointments.CreateAsync(next, next.Pk, cancellationToken)
                : await appointments.ReplaceAsync(next, next.Id, next.Pk, stored.ETag, cancellationToken);
            if (written)
                return true;
            await Task.Delay(Random.Shared.Next(1, 10), cancellationToken);
        }
    }
}
