using CityCrm.Channels;
using CityCrm.Knowledge.Languages;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Bot;

/// <summary>
/// The bot's texts in each supported language and channel: English from the "BotMessages" section, another language
/// from "BotMessages:{language}" (bots/City311/messages/es.json). A channel where the web chat's texts do not fit
/// (a text message has no buttons, a call has no links) overrides some of them in "BotMessages:{channel}" and
/// "BotMessages:{language}:{channel}". A language whose texts are missing or incomplete is answered in English
/// rather than with holes.
/// </summary>
public sealed class BotLanguages(IOptionsMonitor<BotMessages> messages)
{
    // Whether a set of texts is complete, per options instance: finding out reflects over every text, and the bot asks
    // several times a turn. A configuration reload makes new instances, which are checked afresh.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<BotMessages, object> complete = new();
    private static readonly object Complete = new(), Incomplete = new();

    /// <summary>The channels whose texts may differ from the web chat's.</summary>
    public static readonly IReadOnlyList<string> Channels = [ChannelIds.Sms, ChannelIds.Voice, ChannelIds.WhatsApp];

    /// <summary>The configuration section of a language's texts.</summary>
    public static string Section(string language) => $"BotMessages:{language}";

    /// <summary>The configuration sections, most general first, whose texts make up a language on a channel.</summary>
    public static IEnumerable<string> Sections(string language, string? channel)
    {
        yield return "BotMessages";
        if (language != KnowledgeLanguages.English)
            yield return Section(language);
        if (channel is not null)
            yield return language == KnowledgeLanguages.English ? $"BotMessages:{channel}" : $"{Section(language)}:{channel}";
    }

    /// <summary>The options name for a language on a channel (English on the web chat is the default, unnamed).</summary>
    public static string Name(string language, string? channel) =>
        (language, channel) switch
        {
            (KnowledgeLanguages.English, null) => Options.DefaultName,
            (KnowledgeLanguages.English, _) => channel!,
            (_, null) => language,
            _ => $"{language}.{channel}",
        };

    /// <summary>The texts for <paramref name="language"/> (a BCP 47 tag), or English (also for null), as said on <paramref name="channelId"/>.</summary>
    public BotMessages For(string? language, string? channelId = null)
    {
        var supported = KnowledgeLanguages.Normalize(language) ?? KnowledgeLanguages.English;
        var channel = channelId is not null && Channels.Contains(channelId) ? channelId : null;
        var named = messages.Get(Name(supported, channel));
        if (complete.GetValue(named, m => m.Missing().Any() ? Incomplete : Complete) == Complete)
            return named;
        return supported == KnowledgeLanguages.English ? messages.CurrentValue : For(null, channel);
    }
}
