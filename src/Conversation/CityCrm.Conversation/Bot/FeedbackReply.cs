using System.Text.RegularExpressions;

namespace CityCrm.Conversations.Bot;

/// <summary>
/// Tells a resident's "did that help?" reply from a new message: the feedback buttons' own labels, a typed
/// yes or no in English or Spanish, and the "reply YES / NO" habit of text messages. Anything longer is a
/// new message, so "no parking on my street?" stays a question.
/// </summary>
public static partial class FeedbackReply
{
    private static readonly HashSet<string> Yes = new(StringComparer.Ordinal)
    {
        "yes", "y", "yeah", "yep", "yup", "yes it did", "yes it helped", "yes that helped", "that helped", "it helped",
        "helpful", "sí", "si", "sí me ayudó", "si me ayudo", "sí me ayudo", "me ayudó", "me ayudo",
    };

    private static readonly HashSet<string> No = new(StringComparer.Ordinal)
    {
        "no", "n", "nope", "nah", "no it didn't", "no it did not", "it didn't", "not really", "no that didn't help",
        "that didn't help", "didn't help", "it didn't help", "not helpful", "no me ayudó", "no me ayudo", "no sirvió", "no sirvio",
    };

    /// <summary>True for "it helped", false for "it did not", null when <paramref name="text"/> is not a feedback reply.</summary>
    /// <param name="helpfulLabel">The "yes" button's text, which Web Chat sends back when it is pressed.</param>
    /// <param name="notHelpfulLabel">The "no" button's text.</param>
    public static bool? Parse(string text, string helpfulLabel, string notHelpfulLabel)
    {
        var reply = Normalize(text);
        if (reply.Length == 0)
            return null;
        if (reply == Normalize(helpfulLabel) || Yes.Contains(reply))
            return true;
        if (reply == Normalize(notHelpfulLabel) || No.Contains(reply))
            return false;
        return null;
    }

    private static string Normalize(string text)
    {
        var t = Spaces().Replace(Punctuation().Replace(text.ToLowerInvariant().Replace('’', '\''), " "), " ").Trim();
        if (t.StartsWith("reply ", StringComparison.Ordinal))
            t = t["reply ".Length..];
        // "yes, thanks" and "no thank you" answer the question as much as "yes" and "no" do.
        return Politeness().Replace(t, "");
    }

    [GeneratedRegex(@"[.,!?¡¿;:""()]")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@" (thanks|thank you|gracias)$")]
    private static partial Regex Politeness();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
