using Lucene.Net.Analysis.Miscellaneous;

namespace CityCrm.Conversations.Model;

/// <summary>
/// Takes accents off letters ("García" to "Garcia", "niño" to "nino") by Lucene's ASCII folding table. The host runs
/// with invariant globalization, where <see cref="string.Normalize()"/> does not decompose, so that cannot be used.
/// </summary>
public static class AccentFolding
{
    /// <summary>The text with every letter that has an ASCII form replaced by it; case and other characters kept.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var input = text.ToCharArray();
        // One character can fold to up to four ("ß" is "ss", "Ǆ" is "DZ").
        var folded = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, folded, 0, input.Length);
        return new string(folded, 0, length);
    }
}
