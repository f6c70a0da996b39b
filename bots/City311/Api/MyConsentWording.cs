using CityCrm.City311.Api.Dtos.My;
using CityCrm.Conversations.Contacts.Consent;

namespace CityCrm.City311.Api;

/// <summary>
/// The consents the portal offers and their exact wording in English and Spanish. The server, not the page, words
/// them, so the wording recorded with a choice is the wording the portal showed.
/// </summary>
public static class MyConsentWording
{
    private static readonly (string Channel, string Topic, string En, string Es)[] Choices =
    [
        (ConsentRecord.Any, ConsentRecord.Any, "any message, on any channel", "cualquier mensaje, por cualquier canal"),
        (ConsentRecord.Any, ConsentTopics.CaseUpdates, "news about my service requests, on any channel", "noticias de mis solicitudes de servicio, por cualquier canal"),
        ("sms", ConsentRecord.Any, "text messages (SMS)", "mensajes de texto (SMS)"),
        ("email", ConsentRecord.Any, "emails", "correos electrónicos"),
        ("voice", ConsentRecord.Any, "phone calls", "llamadas telefónicas"),
        ("whatsapp", ConsentRecord.Any, "WhatsApp messages", "mensajes de WhatsApp"),
    ];

    /// <summary>Every choice with its wording in <paramref name="language"/> (Spanish for "es", else English).</summary>
    public static IReadOnlyList<MyConsentChoiceDto> List(string city, string? language) =>
        [.. Choices.Select(c => new MyConsentChoiceDto(c.Channel, c.Topic, For(city, c.Channel, c.Topic, true, language)!, For(city, c.Channel, c.Topic, false, language)!))];

    /// <summary>The wording of one choice, or null when the portal does not offer that channel and topic.</summary>
    public static string? For(string city, string channel, string topic, bool optedIn, string? language)
    {
        var choice = Choices.FirstOrDefault(c => c.Channel == channel && c.Topic == topic);
        if (choice.Channel is null)
            return null;
        return language == "es"
            ? (optedIn ? $"Sí, la ciudad de {city} puede enviarme {choice.Es}." : $"No, la ciudad de {city} no debe enviarme {choice.Es}.")
            : (optedIn ? $"Yes, the City of {city} may send me {choice.En}." : $"No, the City of {city} must not send me {choice.En}.");
    }
}
