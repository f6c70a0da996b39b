using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace CityCrm.CaseCore.Suggestions;

/// <summary>
/// Turns catalogue text and residents' descriptions into the same stemmed terms: Lucene's English analysis
/// (possessives, Porter stemming) with a wider stop list than Lucene's, because residents wrap the problem in
/// words that carry nothing ("can you please", "there is", "I think"), in English or Spanish. Common Spanish words of a report are
/// read in English first, so "bache en la calle" meets the pothole service.
/// </summary>
internal static class SuggestionTerms
{
    private static readonly string[] Filler =
    [
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "of", "on", "or",
        "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with", "i", "im", "me",
        "my", "we", "our", "you", "your", "he", "she", "his", "her", "its", "them", "us", "here", "what", "when", "where", "who",
        "how", "why", "which", "do", "does", "did", "has", "have", "had", "been", "being", "am", "were", "can", "could", "would",
        "should", "get", "got", "please", "just", "like", "so", "very", "really", "all", "any", "some", "from", "about", "again",
        "also", "since", "theres", "thats", "dont", "cant", "wont", "isnt", "hi", "hello", "thanks", "thank", "someone",
        "somebody", "anyone", "need", "want", "know", "think", "one", "still", "too", "way", "lot", "lots", "bunch", "st", "ave", "rd",
        "el", "la", "los", "las", "un", "una", "de", "del", "en", "y", "que", "hay", "mi", "mis", "por", "con", "se", "es", "esta",
        "al", "lo", "muy", "hace", "frente",
    ];

    private static readonly CharArraySet Stops = new(LuceneVersion.LUCENE_48, Filler, true);

    private static readonly ThreadLocal<Analyzer> Analyzer = new(() => new EnglishAnalyzer(LuceneVersion.LUCENE_48, Stops));

    /// <summary>The stemmed terms of <paramref name="text"/>, in order, repeats kept.</summary>
    public static List<string> Of(string text)
    {
        var terms = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
            return terms;
        using var stream = Analyzer.Value!.GetTokenStream("text", SpanishGlossary.Translate(Fold(text)));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            terms.Add(term.ToString());
        stream.End();
        return terms;
    }

    /// <summary>Lower case without accents or apostrophes, so "wasn't", "wasnt" and "calefacción" meet their forms.</summary>
    internal static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        // Lucene's folding table, not Unicode decomposition: hosts with invariant globalization do not decompose.
        var input = text.ToCharArray();
        var folded = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, folded, 0, input.Length);
        foreach (var c in folded.AsSpan(0, length))
        {
            if (c is '\'')
                continue;
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
