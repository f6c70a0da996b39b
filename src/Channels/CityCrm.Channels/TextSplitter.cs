using System.Globalization;

namespace CityCrm.Channels;

/// <summary>
/// Cuts a text too long for one provider message into parts that read well on their own: at a paragraph
/// break when one falls in the second half of the allowed length, else after a sentence, else between words,
/// and only as a last resort inside a word. A cut never falls inside a surrogate pair or a grapheme
/// (an emoji with its modifiers, a letter with its accents), so every part is valid text.
/// </summary>
public static class TextSplitter
{
    private const string SentenceEnds = ".!?…。！？";
    private const string Closers = "\"'”’)]»";

    /// <summary>
    /// The parts of <paramref name="text"/>, in order, each at most <paramref name="maxLength"/> UTF-16 units
    /// (unless a single grapheme is longer), with the whitespace around each cut dropped.
    /// A text that fits, or a <paramref name="maxLength"/> of 0 or less (no limit), comes back whole.
    /// </summary>
    public static IReadOnlyList<string> Split(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (maxLength <= 0 || text.Length <= maxLength)
            return [text];
        var parts = new List<string>();
        var start = 0;
        while (true)
        {
            while (start < text.Length && char.IsWhiteSpace(text[start]))
                start++;
            if (start >= text.Length)
                break;
            if (text.Length - start <= maxLength)
            {
                parts.Add(text[start..].TrimEnd());
                break;
            }
            var cut = FindCut(text, start, maxLength);
            var part = text[start..cut].TrimEnd();
            if (part.Length > 0)
                parts.Add(part);
            start = cut;
        }
        return parts;
    }

    private static int FindCut(string text, int start, int maxLength)
    {
        var boundaries = GraphemeBoundaries(text, start, start + maxLength);
        if (boundaries.Count == 0)
            return start + StringInfo.GetNextTextElementLength(text, start);
        // A cut this early would leave a stub of a message; below it, prefer a weaker boundary further on.
        var half = start + maxLength / 2;
        for (var i = boundaries.Count - 1; i >= 0 && boundaries[i] >= half; i--)
        {
            if (IsParagraphBreak(text, start, boundaries[i]))
                return boundaries[i];
        }
        for (var i = boundaries.Count - 1; i >= 0 && boundaries[i] >= half; i--)
        {
            if (IsSentenceEnd(text, boundaries[i]))
                return boundaries[i];
        }
        for (var i = boundaries.Count - 1; i >= 0; i--)
        {
            var b = boundaries[i];
            if (b > start && (char.IsWhiteSpace(text[b - 1]) || (b < text.Length && char.IsWhiteSpace(text[b]))))
                return b;
        }
        return boundaries[^1];
    }

    // Positions after whole graphemes, past start and no further than limit.
    private static List<int> GraphemeBoundaries(string text, int start, int limit)
    {
        var boundaries = new List<int>();
        var position = start;
        while (position < text.Length)
        {
            var next = position + StringInfo.GetNextTextElementLength(text, position);
            if (next > limit)
                break;
            boundaries.Add(next);
            position = next;
        }
        return boundaries;
    }

    private static bool IsParagraphBreak(string text, int start, int position)
    {
        if (text[position - 1] != '\n')
            return false;
        for (var i = position - 2; i > start; i--)
        {
            if (text[i] == '\n')
                return true;
            if (!char.IsWhiteSpace(text[i]))
                return false;
        }
        return false;
    }

    private static bool IsSentenceEnd(string text, int position)
    {
        var last = position - 1;
        while (last > 0 && Closers.Contains(text[last]))
            last--;
        if (!SentenceEnds.Contains(text[last]))
            return false;
        // Ideographic full stops need no space after them; Latin ones do, or "3.5" would split.
        return text[last] is '。' or '！' or '？' || position == text.Length || char.IsWhiteSpace(text[position]);
    }
}
