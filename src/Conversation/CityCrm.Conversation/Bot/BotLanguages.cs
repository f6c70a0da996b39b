using CityCrm.Knowledge.Languages;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Bot;

/// <summary>
/// The bot's texts in each supported language: English from the "BotMessages" section, another language
/// from "BotMessages:{language}" (bots/City311/messages/es.json). A language whose texts are missing or
/// incomplete is answered in English rather than with holes.
/// </summary>
public sealed class BotLanguages(IOptionsMonitor<BotMessages> messages)
{
    /// <summary>The configuration section of a language's texts.</summary>
    public static string Section(string language) => $"BotMessages:{language}";

    /// <summary>The texts for <paramref name="language"/> (a BCP 47 tag), or English (also for null).</summary>
    public BotMessages For(string? language)
    {
        var supported = KnowledgeLanguages.Normalize(language);
        if (supported is null or KnowledgeLanguages.English)
            return messages.CurrentValue;
        var named = messages.Get(supported);
        return named.Missing().Any() ? messages.CurrentValue : named;
    }
}
