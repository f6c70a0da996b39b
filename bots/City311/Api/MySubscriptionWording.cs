using CityCrm.Conversations.Outreach;

namespace CityCrm.City311.Api;

/// <summary>
/// The words of following and unfollowing a topic on the portal, in English and Spanish. The server words them, so the
/// wording recorded with the choice is the wording the page showed beside its button.
/// </summary>
public static class MySubscriptionWording
{
    /// <summary>The wording of following (<paramref name="follow"/> true) or unfollowing <paramref name="topic"/>.</summary>
    public static string For(string city, SubscriptionTopic topic, bool follow, string? language)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var es = language == "es";
        var name = topic.NameFor(es ? "es" : "en");
        return (es, follow) switch
        {
            (true, true) => $"Sí, la ciudad de {city} puede enviarme avisos sobre {name}.",
            (true, false) => $"No, la ciudad de {city} no debe enviarme más avisos sobre {name}.",
            (false, true) => $"Yes, the City of {city} may send me alerts about {name}.",
            (false, false) => $"No, the City of {city} must not send me more alerts about {name}.",
        };
    }
}
