using System.Text;
using Lucene.Net.Analysis.Miscellaneous;

namespace CityCrm.Conversations.Supervision;

/// <summary>Splits text into lower-case words without accents, so "Rápido" and "rapido" are one word.</summary>
public static class LexiconText
{
    public static IReadOnlyList<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var word = new StringBuilder();
        // Folded by Lucene's table rather than Unicode decomposition, which hosts with invariant globalization do not do.
        var input = text.ToCharArray();
        var folded = new char[input.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(input, 0, folded, 0, input.Length);
        foreach (var c in folded.AsSpan(0, length))
        {
            // An apostrophe inside a word keeps "don't" whole, as the word lists write it.
            if (char.IsLetterOrDigit(c) || (c is '\'' or '’' && word.Length > 0))
            {
                word.Append(c == '’' ? '\'' : char.ToLowerInvariant(c));
                continue;
            }
            Flush(words, word);
        }
        Flush(words, word);
        return words;
    }

    private static void Flush(List<string> words, StringBuilder word)
    {
        if (word.Length > 0)
            words.Add(word.ToString().TrimEnd('\''));
        word.Clear();
    }
}
