using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CityCrm.Conversations.Bot;

namespace CityCrm.Conversations.Surveys;

/// <summary>
/// Reads a resident's reply to a survey question. A reply that is not an answer (a new question, a request for a
/// person, a report) is recognised as such, so the bot answers it instead of filing it as feedback.
/// </summary>
public static partial class SurveyReplies
{
    /// <summary>1 to 5 from "4", "4.", "4/5", "4 stars", "4 estrellas"; null for anything else.</summary>
    public static int? Rating(string text)
    {
        var match = RatingRule().Match(Normalize(text));
        return match.Success ? int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The index of the chosen choice, by its title (case and accents ignored) or its number; null otherwise.</summary>
    public static int? Choice(string text, IReadOnlyList<string> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var said = Normalize(text).TrimEnd('.', '!');
        for (var i = 0; i < choices.Count; i++)
        {
            if (Normalize(choices[i]) == said)
                return i;
        }
        return int.TryParse(said, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= choices.Count ? n - 1 : null;
    }

    /// <summary>True when the resident declines an optional question ("skip", "no thanks", "omitir"...).</summary>
    public static bool IsSkip(string text, string skipLabel) =>
        Normalize(text).TrimEnd('.', '!') is var t && (t == Normalize(skipLabel) || SkipRule().IsMatch(t));

    /// <summary>
    /// True when free text is a new request rather than an answer: a question, or what the bot routes by rule
    /// (a person, a case status, a report, a greeting, a cancel). <paramref name="catalogueMatches"/>: the service
    /// catalogue recognises a problem in the text, which makes "there is a pothole..." a report.
    /// </summary>
    public static bool IsNewRequest(string text, bool catalogueMatches)
    {
        var t = text.Trim();
        if (t.EndsWith('?') || t.StartsWith('¿'))
            return true;
        return IntentClassifier.Classify(t, catalogueMatches).Kind is IntentKind.Handoff or IntentKind.CaseStatus or IntentKind.ReportProblem
            or IntentKind.Greeting or IntentKind.Cancel or IntentKind.TextMe;
    }

    private static string Normalize(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                kept.Append(c);
        }
        return Spaces().Replace(kept.ToString(), " ");
    }

    [GeneratedRegex(@"^(?<n>[1-5])\s*(/\s*5|stars?|estrellas?|out of 5|de 5)?\s*[.!]?$", RegexOptions.CultureInvariant)]
    private static partial Regex RatingRule();

    [GeneratedRegex(@"^(skip|no|no thanks|no thank you|nothing|none|nope|omitir|no gracias|nada)$", RegexOptions.CultureInvariant)]
    private static partial Regex SkipRule();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
