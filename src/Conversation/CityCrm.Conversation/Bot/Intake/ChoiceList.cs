using CityCrm.Channels;
using CityCrm.Channels.Schema;

namespace CityCrm.Conversations.Bot.Intake;

/// <summary>
/// The answers the bot offers: buttons everywhere (a typed number picks one, see <see cref="NumberedChoice"/>), and
/// on channels that show no buttons (a text message, a call, an email) the same choices read out as "1. ...".
/// </summary>
public static class ChoiceList
{
    private static readonly HashSet<string> WithoutButtons = [ChannelIds.Sms, ChannelIds.Voice, ChannelIds.Email];

    public static SuggestedActions Buttons(IEnumerable<string> titles) => BotResponder.Buttons([.. titles]);

    /// <summary>The numbered list to add to the text ("" where the channel shows buttons).</summary>
    public static string Text(string? channelId, IReadOnlyList<string> titles)
    {
        if (titles.Count == 0 || channelId is null || !WithoutButtons.Contains(channelId))
            return "";
        var separator = channelId == ChannelIds.Voice ? " " : "\n";
        return separator + string.Join(separator, titles.Select((t, i) => channelId == ChannelIds.Voice ? $"{i + 1}: {t}." : $"{i + 1}. {t}"));
    }

    /// <summary>Whether the resident's text is <paramref name="title"/> (case, spaces and end punctuation aside).</summary>
    public static bool Is(string text, string title) =>
        string.Equals(Clean(text), Clean(title), StringComparison.OrdinalIgnoreCase);

    /// <summary>The index of the title the text names, or -1.</summary>
    public static int IndexOf(string text, IReadOnlyList<string> titles)
    {
        for (var i = 0; i < titles.Count; i++)
            if (Is(text, titles[i]))
                return i;
        return -1;
    }

    private static string Clean(string text) => text.Trim().TrimEnd('.', '!', '?').Trim();
}
