using System.Text.RegularExpressions;
using CityCrm.CaseCore;

namespace CityCrm.Conversations.Bot.Intake;

/// <summary>
/// Finds the question of a service a resident names when they ask to change one answer ("change the kind of sign",
/// "change the plate"): every meaningful word they used must be a word of the question or of its code.
/// </summary>
public static partial class NamedQuestion
{
    // Words that name no question: articles, pronouns, question words, and the wish itself.
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "the", "my", "a", "an", "that", "this", "it", "its", "is", "of", "to", "for", "about", "answer", "answers", "one",
        "what", "which", "where", "when", "how", "question", "please", "el", "la", "los", "las", "mi", "de", "del", "un",
        "una", "respuesta", "pregunta", "sobre",
    };

    /// <summary>The question among <paramref name="candidates"/> that <paramref name="target"/> names, or null when none or several do.</summary>
    public static ServiceAttribute? Find(IEnumerable<ServiceAttribute> candidates, string target)
    {
        var wanted = Words(target).Where(w => !Filler.Contains(w)).ToList();
        if (wanted.Count == 0)
            return null;
        var named = candidates.Where(q => Names(q, wanted)).ToList();
        // Two questions sharing the words ("What is it on?" twice) are told apart by which one was answered last.
        return named.Count == 0 ? null : named[^1];
    }

    private static bool Names(ServiceAttribute question, List<string> wanted)
    {
        var own = Words($"{question.Description} {question.Code.Replace('-', ' ').Replace('_', ' ')}").ToList();
        return wanted.All(w => own.Any(o => Same(w, o)));
    }

    // "plates" is "plate", "damaged" is "damage": plural and short endings do not make another word.
    private static bool Same(string a, string b) =>
        a.TrimEnd('s') == b.TrimEnd('s') || (a.Length >= 5 && b.Length >= 5 && string.CompareOrdinal(a, 0, b, 0, 5) == 0);

    private static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value);

    [GeneratedRegex(@"\p{L}[\p{L}']*")]
    private static partial Regex WordPattern();
}
