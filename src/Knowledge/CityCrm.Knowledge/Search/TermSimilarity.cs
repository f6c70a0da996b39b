using System.Text;

namespace CityCrm.Knowledge.Search;

/// <summary>How far a misspelled term may be from an indexed one, shared by the query and the coverage check.</summary>
internal static class TermSimilarity
{
    /// <summary>Terms must share their first letter to be treated as a misspelling of each other.</summary>
    public const int PrefixLength = 1;

    // Words are short: their distance table fits on the stack up to this many cells.
    private const int StackCells = 512;

    /// <summary>
    /// The edits allowed for a word of this length. Short words are never corrected: "bread" is one edit
    /// from "break" and "robot" from "root", and both are real words rather than typos.
    /// </summary>
    public static int MaxEdits(int wordLength) => wordLength switch
    {
        < 6 => 0,
        < 9 => 1,
        _ => 2,
    };

    /// <summary>The first letter of <paramref name="term"/> (a whole code point), which a near word must share.</summary>
    public static string Prefix(string term) =>
        term.Length == 0 ? "" : term[..(Rune.TryGetRuneAt(term, 0, out var first) ? first.Utf16SequenceLength : PrefixLength)];

    /// <summary>True when <paramref name="candidate"/> is within <paramref name="maxEdits"/> of <paramref name="term"/>.</summary>
    public static bool IsNear(string term, string candidate, int maxEdits) => IsNear(term, candidate.AsSpan(), maxEdits);

    /// <inheritdoc cref="IsNear(string, string, int)"/>
    public static bool IsNear(string term, ReadOnlySpan<char> candidate, int maxEdits)
    {
        if (maxEdits == 0 || candidate.Length < PrefixLength || Math.Abs(term.Length - candidate.Length) > maxEdits)
            return false;
        if (!candidate.StartsWith(Prefix(term), StringComparison.Ordinal))
            return false;
        return Distance(term, candidate) <= maxEdits;
    }

    /// <summary>Edit distance counting a swap of two neighbors as one edit, as Lucene's fuzzy query does.</summary>
    public static int Distance(string a, string b) => Distance(a.AsSpan(), b.AsSpan());

    /// <inheritdoc cref="Distance(string, string)"/>
    public static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        // Three rows of the table are enough: a swap looks two rows back. Called for every word of a
        // dictionary that shares a misspelling's first letter, so it allocates nothing.
        var width = b.Length + 1;
        var cells = 3 * width;
        var table = cells <= StackCells ? stackalloc int[cells] : new int[cells];
        var older = table[..width];
        var previous = table.Slice(width, width);
        var current = table.Slice(2 * width, width);
        for (var j = 0; j < width; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j < width; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d = Math.Min(d, older[j - 2] + 1);
                current[j] = d;
            }
            var recycled = older;
            older = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.Length];
    }
}
