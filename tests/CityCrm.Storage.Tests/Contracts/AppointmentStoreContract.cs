using CityCrm.Conversations.Appointments;
using static CityCrm.Storage.Tests.Contracts.ConversationData;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>The <see cref="IAppointmentStore"/> contract: capacity under concurrency, cancel, reschedule, reminders, offers.</summary>
public abstract class AppointmentStoreContract : StoreContract<IAppointmentStore>
{
    private static readonly DateTimeOffset Slot = new(2026, 3, 9, 14, 0, 0, TimeSpan.Zero);

    private static Appointment Booking(string contactId, DateTimeOffset? at = null, DateTimeOffset? reminder = null) =>
        new(NewId(), "fire-inspections", at ?? Slot, contactId, "conv-" + contactId, AppointmentState.Booked, "bot", T0, reminder);

    [Fact]
    public async Task BookAsync_TwentyInParallelOnACapacityThreeSlot_BooksExactlyThree()
    {
        var attempts = Enumerable.Range(0, 20).Select(i => Task.Run(() => Store.BookAsync(Booking("contact-" + i), 3, None)));

        var booked = await Task.WhenAll(attempts);

        Assert.Equal(3, booked.Count(b => b));
        Assert.Equal(3, (await Store.CountBookedAsync("fire-inspections", Slot, Slot.AddHours(1), None))[Slot]);
    }

    [Fact]
    public async Task CancelAsync_BookedAppointment_FreesItsPlaceOnce()
    {
        var first = Booking("a");
        await Store.BookAsync(first, 1, None);
        Assert.False(await Store.BookAsync(Booking("b"), 1, None));

        Assert.True(await Store.CancelAsync(first.Id, T0, None));
        Assert.False(await Store.CancelAsync(first.Id, T0, None));

        Assert.True(await Store.BookAsync(Booking("b"), 1, None));
        Assert.Equal(AppointmentState.Cancelled, (await Store.GetAsync(first.Id, None))!.State);
    }

    [Fact]
    public async Task RescheduleAsync_ToAFullSlot_IsRefusedAndToAFreeOneMovesItWithItsReminder()
    {
        var moving = Booking("a", reminder: T0);
        await Store.BookAsync(moving, 1, None);
        await Store.BookAsync(Booking("b", Slot.AddHours(1)), 1, None);
        await Store.MarkReminderSentAsync(moving.Id, T0, None);

        Assert.False(await Store.RescheduleAsync(moving.Id, Slot.AddHours(1), T0.AddDays(1), 1, None));
        Assert.True(await Store.RescheduleAsync(moving.Id, Slot.AddHours(2), T0.AddDays(1), 1, None));

        var moved = (await Store.GetAsync(moving.Id, None))!;
        Assert.Equal((Slot.AddHours(2), T0.AddDays(1), (DateTimeOffset?)null), (moved.StartsAt, moved.ReminderDueAt, moved.ReminderSentAt));
    }

    [Fact]
    public async Task DueRemindersAsync_DueUnsentBooked_ListedUntilMarkedSent()
    {
        var due = Booking("a", reminder: T0);
        var later = Booking("b", reminder: T0.AddDays(1));
        var cancelled = Booking("c", reminder: T0);
        foreach (var b in new[] { due, later, cancelled })
            await Store.BookAsync(b, 5, None);
        await Store.CancelAsync(cancelled.Id, T0, None);

        Assert.Equal([due.Id], (await Store.DueRemindersAsync(T0.AddMinutes(1), 10, None)).Select(a => a.Id));
        await Store.MarkReminderSentAsync(due.Id, T0.AddMinutes(1), None);

        Assert.Empty(await Store.DueRemindersAsync(T0.AddMinutes(1), 10, None));
        Assert.Equal([due.Id, later.Id], (await Store.ListUpcomingAsync("a", Slot, None)).Concat(await Store.ListUpcomingAsync("b", Slot, None)).Select(a => a.Id));
    }

    [Fact]
    public async Task SaveOfferAsync_TwiceThenDelete_KeepsTheLatestThenNone()
    {
        await Store.SaveOfferAsync(new AppointmentOffer("conv-1", "fire-inspections", [Slot], null, T0), None);
        var latest = new AppointmentOffer("conv-1", "fire-inspections", [Slot.AddHours(1), Slot.AddHours(2)], "appt-1", T0.AddMinutes(1));
        await Store.SaveOfferAsync(latest, None);

        var read = (await Store.GetOfferAsync("conv-1", None))!;
        await Store.DeleteOfferAsync("conv-1", None);

        Assert.Equal(latest.Slots, read.Slots);
        Assert.Equal((latest.AppointmentId, latest.OfferedAt), (read.AppointmentId, read.OfferedAt));
        Assert.Null(await Store.GetOfferAsync("conv-1", None));
    }
    [Fact]
    public async Task BookAsync_FullSlotRefused_TheRefusedBookingIsNowhere()
    {
        await Store.BookAsync(Booking("a"), 1, None);
        var refused = Booking("b");

        Assert.False(await Store.BookAsync(refused, 1, None));

        Assert.Null(await Store.GetAsync(refused.Id, None));
        Assert.Empty(await Store.ListUpcomingAsync("b", Slot, None));
    }

    [Fact]
    public async Task RescheduleAsync_TwoIntoTheLastPlaceAtOnce_MovesExactlyOne()
    {
        var first = Booking("a", Slot.AddDays(1));
        var second = Booking("b", Slot.AddDays(2));
        await Store.BookAsync(first, 1, None);
        await Store.BookAsync(second, 1, None);

        var moved = await Task.WhenAll(
            Task.Run(() => Store.RescheduleAsync(first.Id, Slot, null, 1, None)),
            Task.Run(() => Store.RescheduleAsync(second.Id, Slot, null, 1, None)));

        Assert.Single(moved, m => m);
        Assert.Equal(1, (await Store.CountBookedAsync("fire-inspections", Slot, Slot.AddDays(3), None))[Slot]);
        Assert.Equal(2, (await Store.CountBookedAsync("fire-inspections", Slot, Slot.AddDays(3), None)).Values.Sum());
    }
}
