using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CityCrm.City311.Api.Dtos;
using CityCrm.City311.Tests.Bot;
using CityCrm.City311.Tests.Surveys;
using CityCrm.Conversations.Appointments;
using CityCrm.Conversations.Model;
using Microsoft.Extensions.DependencyInjection;
using static CityCrm.City311.Tests.Surveys.SurveyProbe;

namespace CityCrm.City311.Tests.Appointments;

/// <summary>Fire inspections booked through web chat and the agent API on the real host, its demo calendar and SQLite file.</summary>
public sealed class AppointmentChatTests(SurveyAppFactory factory) : IClassFixture<SurveyAppFactory>
{
    private const string Calendar = "fire-inspections";

    [Fact]
    public async Task Book_ResidentAsksTheBot_OffersSlotsBooksThePickAndCancelCancelsIt()
    {
        var chat = await ResidentChat.OpenAsync(factory);

        var offer = await chat.SayAsync("I want to book a fire inspection");

        Assert.StartsWith("Here are the next open times for a fire inspection.", Text(offer));
        var slots = Buttons(offer);
        Assert.Equal(3, slots.Count);
        var confirmed = Text(await chat.SayAsync(slots[1]));
        Assert.Equal($"Your fire inspection is booked for {slots[1]}. Reply CANCEL to cancel or RESCHEDULE to pick another time.", confirmed);
        var contactId = await ContactAsync(chat);
        var booked = Assert.Single(await Store.ListUpcomingAsync(contactId, DateTimeOffset.UtcNow, CancellationToken.None));
        Assert.Equal(("bot", Calendar), (booked.BookedBy, booked.CalendarId));

        Assert.Equal($"Your fire inspection on {slots[1]} is cancelled.", Text(await chat.SayAsync("CANCEL")));
        Assert.Empty(await Store.ListUpcomingAsync(contactId, DateTimeOffset.UtcNow, CancellationToken.None));
    }

    [Fact]
    public async Task Offer_ResidentAsksSomethingElse_GetsTheAnswerAndNothingIsBooked()
    {
        var chat = await ResidentChat.OpenAsync(factory);
        await chat.SayAsync("book a fire inspection");

        var reply = await chat.SayAsync("when is my recycling picked up?");

        Assert.Contains("/kb/recycling-pickup", Text(reply));
        Assert.Empty(await Store.ListUpcomingAsync(await ContactAsync(chat), DateTimeOffset.UtcNow, CancellationToken.None));
    }

    [Fact]
    public async Task Book_BadSlots_AreProblemsAndAFullSlotIsAConflict()
    {
        using var agent = await AgentAsync(factory);
        var open = (await agent.GetFromJsonAsync<List<JsonObject>>($"/api/agent/appointments/calendars/{Calendar}/slots?days=14"))!;
        var start = open[^1]["start"]!.GetValue<DateTimeOffset>();

        var past = await BookAsync(agent, new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.FromHours(-5)));
        var blackout = await BookAsync(agent, new DateTimeOffset(2026, 12, 25, 9, 0, 0, TimeSpan.FromHours(-5)));
        var notASlot = await BookAsync(agent, start.AddMinutes(30));
        var unknown = await agent.PostAsJsonAsync("/api/agent/appointments/calendars/dog-licences/bookings", new { contactId = "c-1", start });
        var first = await BookAsync(agent, start);
        var second = await BookAsync(agent, start);
        var full = await BookAsync(agent, start);

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.NotFound],
            new[] { past, blackout, notASlot, unknown }.Select(r => r.StatusCode));
        Assert.Equal(["Slot in the past", "Closed day", "Unknown slot"],
            await Task.WhenAll(new[] { past, blackout, notASlot }.Select(async r => (await r.Content.ReadFromJsonAsync<JsonObject>())!["title"]!.GetValue<string>())));
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Conflict], new[] { first, second, full }.Select(r => r.StatusCode));
        Assert.Equal("application/problem+json", full.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Reminder_RunAgainAfterARestartBeforeItWasMarked_IsSentOnce()
    {
        var chat = await ResidentChat.OpenAsync(factory);
        var contactId = await ContactAsync(chat);
        using var agent = await AgentAsync(factory);
        var open = (await agent.GetFromJsonAsync<List<JsonObject>>($"/api/agent/appointments/calendars/{Calendar}/slots?from={DateTime.UtcNow.AddDays(3):yyyy-MM-dd}&days=7"))!;
        var created = await agent.PostAsJsonAsync($"/api/agent/appointments/calendars/{Calendar}/bookings",
            new { contactId, start = open[0]["start"]!.GetValue<DateTimeOffset>(), conversationId = chat.Conversation.ConversationId });
        var booked = (await created.Content.ReadFromJsonAsync<AppointmentDto>())!;
        Assert.StartsWith("Your fire inspection is booked for", Text(await chat.NextBotReplyAsync()));
        var reminders = factory.Services.GetRequiredService<AppointmentReminders>();
        var dayBefore = booked.ReminderDueAt!.Value.AddMinutes(1);

        Assert.Equal(1, await reminders.RunOnceAsync(dayBefore, CancellationToken.None));
        // A process that sent the reminder and stopped before marking it: the mark is lost, the reminder goes again.
        await ForgetReminderSentAsync(booked.Id);
        await reminders.RunOnceAsync(dayBefore, CancellationToken.None);

        Assert.Equal(0, await reminders.RunOnceAsync(dayBefore, CancellationToken.None));
        var transcript = await factory.Services.GetRequiredService<IConversationStore>().GetMessagesAsync(chat.Conversation.ConversationId, 0, 100, CancellationToken.None);
        Assert.Single(transcript, m => m.Text?.StartsWith("Reminder: your fire inspection is tomorrow", StringComparison.Ordinal) == true);
    }

    private IAppointmentStore Store => factory.Services.GetRequiredService<IAppointmentStore>();

    private static Task<HttpResponseMessage> BookAsync(HttpClient agent, DateTimeOffset start) =>
        agent.PostAsJsonAsync($"/api/agent/appointments/calendars/{Calendar}/bookings", new { contactId = "contact-" + Guid.NewGuid().ToString("N"), start });

    private async Task<string> ContactAsync(ResidentChat chat) =>
        (await factory.Services.GetRequiredService<IConversationStore>().GetAsync(chat.Conversation.ConversationId, CancellationToken.None))!.ContactId;

    private async Task ForgetReminderSentAsync(string appointmentId)
    {
        var database = factory.Services.GetRequiredService<CityCrm.Storage.Sqlite.SqliteDatabase>();
        await using var db = await database.OpenAsync(CancellationToken.None);
        await Dapper.SqlMapper.ExecuteAsync(db, "UPDATE appointments SET reminder_sent_at = NULL WHERE id = @appointmentId;", new { appointmentId });
    }
}
