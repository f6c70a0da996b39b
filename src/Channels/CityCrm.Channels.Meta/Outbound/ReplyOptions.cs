using CityCrm.Channels.Schema;

namespace CityCrm.Channels.Meta.Outbound;

/// <summary>
/// The bot's suggested actions split by what a chat app can do with them: answers the resident can tap (imBack and
/// the like), and links, which no quick-reply button carries and so are written into the text.
/// </summary>
public static class ReplyOptions
{
    /// <summary>The titles of the actions that send an answer back.</summary>
    public static IReadOnlyList<string> Answers(Activity activity) =>
        activity.SuggestedActions?.Actions.Where(a => a.Type != "openUrl" && !string.IsNullOrWhiteSpace(a.Title)).Select(a => a.Title.Trim()).ToList() ?? [];

    /// <summary>The text with the links of openUrl actions appended, one per line.</summary>
    public static string TextWithLinks(Activity activity)
    {
        var text = activity.Text?.Trim() ?? "";
        var links = activity.SuggestedActions?.Actions.Where(a => a.Type == "openUrl" && !string.IsNullOrWhiteSpace(a.Value))
            .Select(a => $"{a.Title}: {a.Value}").ToList() ?? [];
        return links.Count == 0 ? text : $"{text}\n\n{string.Join("\n", links)}".Trim();
    }

    /// <summary>The text followed by the answers as a numbered list, for where buttons cannot carry them.</summary>
    public static string Numbered(string text, IReadOnlyList<string> answers) =>
        answers.Count == 0 ? text : $"{text}\n\n{string.Join("\n", answers.Select((a, i) => $"{i + 1}. {a}"))}".Trim();
}
