using System.Globalization;
using System.Security.Claims;
using CityCrm.City311.Api.Dtos;
using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Appointments;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityCrm.City311.Api;

/// <summary>
/// Appointments for agents (<c>/api/agent/appointments</c>, agent policy): the calendars, their slots with bookings,
/// booking a slot for a contact (confirmed to them), a contact's upcoming appointments, cancelling and rescheduling.
/// An unknown, past or blackout slot is a 400 problem, a full one a 409.
/// </summary>
public static class AppointmentsApi
{
    public const int MaxDays = 31;

    public static IEndpointRouteBuilder MapAppointmentsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/agent/appointments").WithTags("Appointments").RequireAuthorization(AgentPolicies.Agent);
        group.MapGet("/calendars", (AppointmentService service) => TypedResults.Ok(service.Calendars
            .Select(c => new CalendarDto(c.Id, c.Name, c.TimeZone, c.SlotMinutes, c.Capacity, c.HorizonDays, c.Blackouts)).ToList()));
        group.MapGet("/calendars/{id}/slots", SlotsAsync);
        group.MapPost("/calendars/{id}/bookings", BookAsync);
        group.MapGet("/", async (string? contactId, IAppointmentStore store, TimeProvider clock, CancellationToken cancellationToken) =>
            TypedResults.Ok((await store.ListUpcomingAsync(contactId ?? "", clock.GetUtcNow(), cancellationToken)).Select(AppointmentDto.From).ToList()));
        group.MapPost("/{id}/cancel", CancelAsync);
        group.MapPost("/{id}/reschedule", RescheduleAsync);
        return endpoints;
    }

    private static async Task<Results<Ok<List<SlotAvailability>>, ValidationProblem, ProblemHttpResult>> SlotsAsync(
        string id, string? from, int? days, AppointmentService service, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (service.Find(id) is not { } calendar)
            return UnknownCalendar(id);
        DateOnly start = SlotPlanner.LocalDate(calendar, clock.GetUtcNow());
        if (from is not null && !DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out start))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["from"] = ["A date as yyyy-MM-dd."] });
        if (days is < 1 or > MaxDays)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["days"] = [$"1 to {MaxDays} days."] });
        return TypedResults.Ok((await service.SlotsAsync(calendar, start, days ?? 7, cancellationToken)).ToList());
    }

    private static async Task<Results<Created<AppointmentDto>, ValidationProblem, ProblemHttpResult>> BookAsync(
        string id, BookAppointmentRequest request, ClaimsPrincipal user, AppointmentService service, AppointmentNotices notices,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.ContactId))
            errors["contactId"] = ["Say who the appointment is for."];
        if (request.Start is null)
            errors["start"] = ["Give the slot's start (ISO 8601 with its offset)."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        var result = await service.BookAsync(id, request.Start!.Value, request.ContactId!.Trim(), request.ConversationId, user.GetAgentId(), cancellationToken);
        if (result.Appointment is not { } booked)
            return Refused(result.Outcome, id);
        await notices.ConfirmAsync(booked, cancellationToken);
        return TypedResults.Created($"/api/agent/appointments/{booked.Id}", AppointmentDto.From(booked));
    }

    private static async Task<Results<Ok<AppointmentDto>, ValidationProblem, ProblemHttpResult>> RescheduleAsync(
        string id, RescheduleAppointmentRequest request, AppointmentService service, AppointmentNotices notices, CancellationToken cancellationToken)
    {
        if (request.Start is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["start"] = ["Give the new slot's start."] });
        var result = await service.RescheduleAsync(id, request.Start.Value, cancellationToken);
        if (result.Appointment is not { } moved)
            return Refused(result.Outcome, id);
        await notices.ConfirmAsync(moved, cancellationToken);
        return TypedResults.Ok(AppointmentDto.From(moved));
    }

    private static async Task<Results<Ok<AppointmentDto>, ProblemHttpResult>> CancelAsync(
        string id, IAppointmentStore store, AppointmentService service, AppointmentNotices notices, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { State: AppointmentState.Booked } booked || !await service.CancelAsync(id, cancellationToken))
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown appointment", detail: $"No booked appointment \"{id}\".");
        if (booked.ConversationId is { } conversationId)
            await notices.CancelledAsync(booked, conversationId, cancellationToken);
        return TypedResults.Ok(AppointmentDto.From(booked with { State = AppointmentState.Cancelled }));
    }

    private static ProblemHttpResult Refused(BookingOutcome outcome, string id) => outcome switch
    {
        BookingOutcome.UnknownCalendar => UnknownCalendar(id),
        BookingOutcome.UnknownAppointment => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown appointment", detail: $"No booked appointment \"{id}\"."),
        BookingOutcome.Full => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Slot full", detail: "That slot has no room left; pick another."),
        BookingOutcome.Past => Bad("Slot in the past", "That time has already passed."),
        BookingOutcome.Blackout => Bad("Closed day", "The calendar is closed that day."),
        BookingOutcome.BeyondHorizon => Bad("Too far ahead", "That day is beyond how far ahead the calendar books."),
        _ => Bad("Unknown slot", "No slot of this calendar starts at that time."),
    };

    private static ProblemHttpResult Bad(string title, string detail) => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: title, detail: detail);

    private static ProblemHttpResult UnknownCalendar(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown calendar", detail: $"There is no calendar \"{id}\".");
}
