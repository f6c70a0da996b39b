using System.Text;
using System.Text.RegularExpressions;

namespace CityCrm.Knowledge.Answers;

/// <summary>
/// Composes what an article answers on each channel. The article's own SMS and spoken variants win; without
/// them, the summary is shortened for a text message (at a sentence, else a word, boundary, with the link)
/// and turned into plain speech for a call (first sentences, no links or Markdown). Pure: the same article
/// and link always give the same answers.
/// </summary>
public static partial class ChannelAnswerComposer
{
    /// <summary>The longest spoken answer composed from a summary; a caller can ask for the rest.</summary>
    public const int MaxVoiceLength = 300;

    private const string Ellipsis = "…";

    /// <summary>The answers for <paramref name="article"/>, whose full text is at <paramref name="link"/>.</summary>
    public static ChannelAnswers Compose(Article article, string link)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentException.ThrowIfNullOrWhiteSpace(link);
        var summary = Collapse(article.Summary);
        return new ChannelAnswers(
            $"{summary}\n\nFull article: {Collapse(article.Title)} ({link})",
            link,
            Sms(article, link),
            Voice(article));
    }

    /// <summary>The SMS variant, or the summary cut to fit with the link (the link alone if even a word does not).</summary>
    public static string Sms(Article article, string link)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(link);
        if (!string.IsNullOrWhiteSpace(article.SmsAnswer) && article.SmsAnswer.Length <= Article.MaxSmsLength)
            return Collapse(article.SmsAnswer);
        var budget = Article.MaxSmsLength - link.Length - 1;
        if (budget <= Ellipsis.Length)
            return link.Length <= Article.MaxSmsLength ? link : link[..Article.MaxSmsLength];
        var text = Collapse(article.Summary);
        if (text.Length > budget)
            text = Shorten(text, budget);
        return text.Length == 0 ? link : $"{text} {link}";
    }

    /// <summary>The spoken variant, or the summary's first sentences as plain speech.</summary>
    public static string Voice(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var source = string.IsNullOrWhiteSpace(article.VoiceAnswer) ? article.Summary : article.VoiceAnswer;
        var plain = Collapse(Markup().Replace(Links().Replace(MarkdownLink().Replace(source ?? "", "$1"), ""), ""));
        plain = Collapse(EmptyBrackets().Replace(plain, ""));
        if (!string.IsNullOrWhiteSpace(article.VoiceAnswer) || plain.Length <= MaxVoiceLength)
            return plain;
        var sentences = new StringBuilder();
        foreach (var sentence in Sentences(plain))
        {
            if (sentences.Length > 0 && sentences.Length + 1 + sentence.Length > MaxVoiceLength)
                break;
            sentences.Append(sentences.Length > 0 ? " " : "").Append(sentence);
        }
        // A first sentence longer than the limit is still said whole: cutting speech mid-sentence confuses.
        return sentences.ToString();
    }

    // At the last sentence end that keeps at least half the room, else at the last word, marked with an ellipsis.
    private static string Shorten(string text, int budget)
    {
        var kept = new StringBuilder();
        foreach (var sentence in Sentences(text))
        {
            if (kept.Length + (kept.Length > 0 ? 1 : 0) + sentence.Length > budget)
                break;
            kept.Append(kept.Length > 0 ? " " : "").Append(sentence);
        }
        if (kept.Length >= budget / 2)
            return kept.ToString();
        var room = budget - Ellipsis.Length;
        var cut = text[..room];
        var space = cut.LastIndexOf(' ');
        if (space > 0)
            cut = cut[..space];
        return cut.TrimEnd(',', ';', ':', ' ', '(', '-') + Ellipsis;
    }

    private static IEnumerable<string> Sentences(string text) =>
        SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    private static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    // A sentence ends at . ! or ? followed by a space and a capital letter or digit ("6 a.m. on" does not end one).
    [GeneratedRegex(@"(?<=[.!?])\s+(?=[\p{Lu}\d¿¡])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"(https?://|www\.)\S+|/kb/\S+", RegexOptions.IgnoreCase)]
    private static partial Regex Links();

    [GeneratedRegex(@"[*_`#>\[\]]")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\(\s*\)")]
    private static partial Regex EmptyBrackets();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
