namespace CityCrm.Knowledge.Search;

/// <summary>How far a misspelled term may be from an indexed one, shared by the query and the coverage check.</summary>
internal static class TermSimilarity
{
    /// <summary>Terms must share their first letter to be treated as a misspelling of each other.</summary>
    public const int PrefixLength = 1;

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

    /// <summary>True when <paramref name="candidate"/> is within <paramref name="maxEdits"/> of <paramref name="term"/>.</summary>
    public static bool IsNear(string term, string candidate, int maxEdits)
    {
        if (maxEdits == 0 || candidate.Length < PrefixLength || Math.Abs(term.Length - candidate.Length) > maxEdits)
            return false;
        if (string.CompareOrdinal(term, 0, candidate, 0, PrefixLength) != 0)
            return false;
        return Distance(term, candidate) <= maxEdits;
    }

    /// <summary>Edit distance counting a swap of two neighbors as one edit, as Lucene's fuzzy query does.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
            d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++)
            d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
