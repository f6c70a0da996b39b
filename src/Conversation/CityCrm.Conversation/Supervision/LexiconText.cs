using System.Text;
using CityCrm.Conversations.Model;

namespace CityCrm.Conversations.Supervision;

/// <summary>Splits text into lower-case words without accents, so "Rápido" and "rapido" are one word.</summary>
public static class LexiconText
{
    public static IReadOnlyList<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in AccentFolding.Fold(text))
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
