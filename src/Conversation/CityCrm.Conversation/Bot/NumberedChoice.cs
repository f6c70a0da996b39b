using System.Globalization;
using System.Text.RegularExpressions;
using CityCrm.Conversations.Model;

namespace CityCrm.Conversations.Bot;

/// <summary>
/// Where a channel cannot show the bot's buttons (too many for WhatsApp, none on SMS), they are listed as "1. ...",
/// "2. ..." in the text; a resident who answers with a number means that choice. The numbering is that of the
/// answer buttons (links aside) on the bot's latest message.
/// </summary>
public sealed partial class NumberedChoice(IConversationStore store)
{
    // The bot's latest message is a few messages back at most (a note or an event may come between).
    private const int LookBack = 10;

    /// <summary>The chosen button's answer when <paramref name="text"/> is just its number; otherwise the text as it is.</summary>
    public async Task<string> ResolveAsync(Message message, string text, CancellationToken cancellationToken)
    {
        var match = Number().Match(text);
        if (!match.Success)
            return text;
        var recent = await store.GetMessagesAsync(message.ConversationId, Math.Max(0, message.Sequence - LookBack), LookBack, cancellationToken);
        var offered = recent.Where(m => m.Sequence < message.Sequence && m.AuthorKind == AuthorKind.Bot).LastOrDefault();
        var answers = offered?.Activity.SuggestedActions?.Actions.Where(a => a.Type != "openUrl" && !string.IsNullOrWhiteSpace(a.Title)).ToList() ?? [];
        var n = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        return n >= 1 && n <= answers.Count ? answers[n - 1].Value ?? answers[n - 1].Title : text;
    }

    [GeneratedRegex(@"^\s*(?<n>[0-9]{1,2})\s*[.)]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
