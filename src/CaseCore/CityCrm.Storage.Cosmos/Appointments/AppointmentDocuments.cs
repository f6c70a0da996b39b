using System.Globalization;
using CityCrm.Conversations.Appointments;

namespace CityCrm.Storage.Cosmos.Appointments;

/// <summary>
/// One slot of a calendar with the appointments booked in it (and those cancelled there), in the partition of the
/// calendar's day: the capacity check and the booking are one ETag-guarded write of this one document.
/// </summary>
internal sealed record SlotDocument(string Id, string Pk, string Type, string CalendarId, long StartsTicks, IReadOnlyList<Appointment> Appointments)
{
    public const string Kind = "slot";

    public int Booked => Appointments.Count(a => a.State == AppointmentState.Booked);

    public static SlotDocument Empty(string calendarId, DateTimeOffset startsAt) =>
        new(IdOf(startsAt), DayPartition(calendarId, startsAt), Kind, calendarId, startsAt.UtcTicks, []);

    public static string IdOf(DateTimeOffset startsAt) => "slot:" + startsAt.UtcTicks.ToString(CultureInfo.InvariantCulture);

    public static string DayPartition(string calendarId, DateTimeOffset at) =>
        "day:" + CosmosKeys.Escape(calendarId) + ":" + at.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public SlotDocument With(Appointment appointment) => this with { Appointments = [.. Appointments.Where(a => a.Id != appointment.Id), appointment] };

    public SlotDocument Without(string appointmentId) => this with { Appointments = [.. Appointments.Where(a => a.Id != appointmentId)] };
}

/// <summary>
/// Where an appointment's slot is: by appointment id (<c>pk</c> = <c>appointment:{id}</c>) and among the contact's
/// (<c>pk</c> = <c>contact:{id}</c>). Written before the slot; readers trust only the slot, so a pointer left by a
/// refused booking leads nowhere.
/// </summary>
internal sealed record AppointmentPointer(string Id, string Pk, string Type, string AppointmentId, string CalendarId, DateTimeOffset StartsAt)
{
    public const string Kind = "pointer";

    public static AppointmentPointer ById(string appointmentId, string calendarId, DateTimeOffset startsAt) =>
        new("appointment", "appointment:" + CosmosKeys.Escape(appointmentId), Kind, appointmentId, calendarId, startsAt);

    public static AppointmentPointer ByContact(string contactId, string appointmentId, string calendarId, DateTimeOffset startsAt) =>
        new(CosmosKeys.Escape(appointmentId), ContactPartition(contactId), Kind, appointmentId, calendarId, startsAt);

    public static string ContactPartition(string contactId) => "contact:" + CosmosKeys.Escape(contactId);
}

/// <summary>The conversation's open offer, alone in its partition.</summary>
internal sealed record OfferDocument(string Id, string Pk, string Type, AppointmentOffer Offer)
{
    public static string PartitionOf(string conversationId) => "offer:" + CosmosKeys.Escape(conversationId);
}
