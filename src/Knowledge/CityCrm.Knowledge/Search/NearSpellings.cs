using Lucene.Net.Index;
using Lucene.Net.Util;

namespace CityCrm.Knowledge.Search;

/// <summary>
/// The words of one field's dictionary within a number of edits of a misspelled one
/// (<see cref="TermSimilarity.IsNear(string, string, int)"/>), found by reading the words that share its first letter, a
/// small slice of a sorted dictionary, and measuring each. Lucene's fuzzy query walks the dictionary
/// with a Levenshtein automaton instead; building one for two edits took several milliseconds, ten
/// times the walk, and every question with a new typo paid it.
/// </summary>
internal static class NearSpellings
{
    /// <summary>
    /// Positions <paramref name="terms"/> on each word within <paramref name="maxEdits"/> of
    /// <paramref name="term"/> in turn, in dictionary order, and yields it; read the postings before moving on.
    /// </summary>
    public static IEnumerable<string> Walk(TermsEnum terms, string term, int maxEdits)
    {
        var prefix = new BytesRef(TermSimilarity.Prefix(term));
        if (maxEdits == 0 || terms.SeekCeil(prefix) == TermsEnum.SeekStatus.END)
            yield break;
        var chars = new CharsRef(term.Length + maxEdits);
        do
        {
            var bytes = terms.Term;
            if (!StringHelper.StartsWith(bytes, prefix))
                yield break;
            // UTF-8 takes at least a byte per character: a much shorter word cannot be near.
            if (bytes.Length < term.Length - maxEdits)
                continue;
            UnicodeUtil.UTF8toUTF16(bytes, chars);
            var candidate = chars.Chars.AsSpan(chars.Offset, chars.Length);
            if (TermSimilarity.IsNear(term, candidate, maxEdits))
                yield return new string(candidate);
        }
        while (terms.MoveNext());
    }
}
