using CityCrm.Conversations.Model;

namespace CityCrm.Conversations;

/// <summary>Configuration of the conversation engine (section "Conversations").</summary>
public sealed class ConversationOptions
{
    /// <summary>The configured inboxes; the demo has one web chat inbox.</summary>
    public List<Inbox> Inboxes { get; set; } = [];

    /// <summary>The bot's display name in transcripts.</summary>
    public string BotName { get; set; } = "City 311 assistant";

    /// <summary>The city's name, used in greetings.</summary>
    public string CityName { get; set; } = "Riverton";

    /// <summary>The region a phone number a resident types without a country code is read in (ISO 3166, "US").</summary>
    public string DefaultRegion { get; set; } = "US";

    /// <summary>
    /// Where residents reach the site, for links the bot sends ("https://311.riverton.example").
    /// Empty keeps links relative, which suits web chat on the same site.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>
    /// How many bot turns run at once. Turns of one conversation always run one after another, in order; turns of
    /// different conversations run side by side, so one slow answer (or a durable commit) does not hold up the city.
    /// </summary>
    public int BotTurnLanes { get; set; } = 8;
}
