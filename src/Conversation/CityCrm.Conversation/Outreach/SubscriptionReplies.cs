namespace CityCrm.Conversations.Outreach;

/// <summary>What the bot answers a subscription keyword with, in English and Spanish (the keyword's language).</summary>
public static class SubscriptionReplies
{
    public static string Subscribed(SubscriptionTopic topic, string language) => language == "es"
        ? $"Está suscrito a: {topic.NameFor(language)}. Para dejar de recibirlo, responda CANCELAR SUSCRIPCION {topic.KeywordFor(language)}."
        : $"You are subscribed to {topic.NameFor(language)}. Reply UNSUBSCRIBE {topic.KeywordFor(language)} to stop.";

    public static string Unsubscribed(SubscriptionTopic topic, string language) => language == "es"
        ? $"Canceló su suscripción a: {topic.NameFor(language)}. No recibirá más avisos de este tema."
        : $"You are unsubscribed from {topic.NameFor(language)} and will get no more alerts about it.";

    /// <summary>The topics there are, for an unknown keyword or a bare SUBSCRIBE.</summary>
    public static string Choices(IReadOnlyList<SubscriptionTopic> topics, string? unknown, string language)
    {
        if (topics.Count == 0)
            return language == "es" ? "Todavía no hay temas a los que suscribirse." : "There are no topics to subscribe to yet.";
        var list = string.Join("; ", topics.Select(t => $"{t.KeywordFor(language)} ({t.NameFor(language)})"));
        var example = topics[0].KeywordFor(language);
        return language == "es"
            ? $"{(unknown is null ? "" : $"No conocemos el tema \"{unknown}\". ")}Puede suscribirse a: {list}. Responda, por ejemplo, SUSCRIBIR {example}."
            : $"{(unknown is null ? "" : $"We don't know the topic \"{unknown}\". ")}You can subscribe to: {list}. Reply, for example, SUBSCRIBE {example}.";
    }
}
