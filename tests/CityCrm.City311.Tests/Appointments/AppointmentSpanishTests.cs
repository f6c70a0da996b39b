using System.Text.RegularExpressions;
using CityCrm.City311.Tests.Bot;
using CityCrm.City311.Tests.Surveys;
using CityCrm.Conversations.Appointments;
using CityCrm.Conversations.Bot;
using CityCrm.Conversations.Model;
using Microsoft.Extensions.DependencyInjection;
using static CityCrm.City311.Tests.Surveys.SurveyProbe;

namespace CityCrm.City311.Tests.Appointments;

/// <summary>Appointments for a Spanish speaker: the bot's words and the slot times come from messages/es.json, written the Spanish way.</summary>
public sealed partial class AppointmentSpanishTests(SurveyAppFactory factory) : IClassFixture<SurveyAppFactory>
{
    [Theory]
    [InlineData("es", "2026-12-08T15:00:00Z", "martes 8 de diciembre, 10:00")]
    [InlineData("en", "2026-12-08T15:00:00Z", "Tue Dec 8, 10:00 AM")]
    [InlineData("es", "2027-01-02T19:30:00Z", "sábado 2 de enero, 14:30")]
    public void SlotLabel_MessagesOfTheLanguage_WriteTheCalendarsLocalTime(string language, string utc, string expected)
    {
        // The demo calendar is in New York, five hours behind UTC in winter.
        var calendar = factory.Services.GetRequiredService<AppointmentService>().Find("fire-inspections")!;

        var label = SlotLabel.For(calendar, DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture),
            factory.Services.GetRequiredService<BotLanguages>().For(language));

        Assert.Equal(expected, label);
    }

    [Fact]
    public async Task Book_SpanishSpeaker_OffersSpanishTimesAndConfirmsInSpanish()
    {
        var chat = await ResidentChat.OpenAsync(factory);
        var contactId = (await Conversations.GetAsync(chat.Conversation.ConversationId, CancellationToken.None))!.ContactId;
        await Conversations.SetContactLanguageAsync(contactId, "es", CancellationToken.None);

        var offer = await chat.SayAsync("quiero reservar una inspección de incendios");

        Assert.Equal("Estos son los próximos horarios libres para inspección de incendios. ¿Cuál le conviene?", Text(offer));
        var slots = Buttons(offer);
        Assert.All(slots, s => Assert.Matches(SpanishSlot(), s));
        var confirmed = Text(await chat.SayAsync(slots[0]));
        Assert.Equal($"Su cita de inspección de incendios está reservada para el {slots[0]}. Responda CANCEL para cancelarla o RESCHEDULE para elegir otro horario.",
            confirmed);
        Assert.Equal($"Su cita de inspección de incendios del {slots[0]} está cancelada.", Text(await chat.SayAsync("cancelar cita")));
    }

    private IConversationStore Conversations => factory.Services.GetRequiredService<IConversationStore>();

    [GeneratedRegex("^(lunes|martes|miércoles|jueves|viernes|sábado|domingo) [0-9]{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre), [0-2][0-9]:[0-5][0-9]$")]
    private static partial Regex SpanishSlot();
}
