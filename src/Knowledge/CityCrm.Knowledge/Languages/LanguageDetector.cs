using System.Text;
using Lucene.Net.Analysis.Miscellaneous;

namespace CityCrm.Knowledge.Languages;

/// <summary>
/// Tells whether a resident's question is Spanish or English from what short texts reliably carry:
/// inverted marks and "ñ" settle it; otherwise words found only in one language's everyday vocabulary are
/// counted (accents folded, since residents often leave them out), and an accented vowel counts towards
/// Spanish. Ties, including questions with no telling word, go to English, the city's source language.
/// </summary>
public static class LanguageDetector
{
    // Words that are common in one language and not words of the other; "a", "no", "me", "fin" are both.
    private static readonly HashSet<string> SpanishWords = new(StringComparer.Ordinal)
    {
        "el", "la", "los", "las", "del", "al", "un", "una", "unos", "unas", "de", "que", "y", "en", "por", "para",
        "con", "sin", "mi", "mis", "tu", "su", "sus", "es", "son", "esta", "estan", "hay", "como", "cuando",
        "donde", "cual", "cuanto", "cuanta", "quien", "porque", "pero", "muy", "mas", "ya", "tengo", "tiene",
        "puedo", "puede", "quiero", "necesito", "hago", "hacer", "pagar", "pago", "calle", "casa", "basura",
        "agua", "multa", "carro", "coche", "perro", "luz", "hola", "gracias", "favor", "ayuda", "vecino",
        "semana", "dia", "hoy", "manana", "ciudad", "se", "lo", "le", "les", "nos", "este", "ese", "eso",
        "esto", "aqui", "alli", "todavia", "nadie", "algo", "nada", "recogen", "recoger", "recogida",
        "reciclaje", "nieve", "bache", "poste", "ruido", "grua", "estacionamiento", "cita", "servicio",
    };

    private static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal)
    {
        "the", "is", "are", "was", "my", "to", "of", "and", "for", "with", "how", "what", "when", "where",
        "who", "why", "can", "do", "does", "i", "you", "it", "there", "this", "that", "on", "in", "at", "be",
        "get", "pay", "have", "has", "an", "or", "our", "your", "will", "would", "should", "from", "by",
        "street", "trash", "water", "ticket", "car", "dog", "light", "please", "hi", "thanks", "help",
        "near", "house", "week", "today", "tomorrow", "city", "im", "dont", "cant", "wont", "u", "ur",
    };

    /// <summary>The language of <paramref name="text"/>: <see cref="KnowledgeLanguages.Spanish"/> or <see cref="KnowledgeLanguages.English"/>.</summary>
    public static string Detect(string? text)
    {
        var (spanish, english) = Score(text);
        return spanish > english ? KnowledgeLanguages.Spanish : KnowledgeLanguages.English;
    }

    /// <summary>
    /// The language of <paramref name="text"/> only when the text clearly shows it (two more telling words of one
    /// language than of the other, or Spanish punctuation); null for a few words that could be either, such as an address.
    /// </summary>
    public static string? DetectClearly(string? text)
    {
        var (spanish, english) = Score(text);
        if (spanish - english >= 2)
            return KnowledgeLanguages.Spanish;
        return english - spanish >= 2 ? KnowledgeLanguages.English : null;
    }

    private static (double Spanish, double English) Score(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return (0, 0);
        if (text.Contains('¿') || text.Contains('¡') || text.Contains('ñ') || text.Contains('Ñ'))
            return (double.PositiveInfinity, 0);
        double spanish = 0, english = 0;
        foreach (var word in Words(text))
        {
            if (word.Accented)
                spanish += 0.5;
            if (SpanishWords.Contains(word.Folded))
                spanish++;
            if (EnglishWords.Contains(word.Folded))
                english++;
        }
        return (spanish, english);
    }

    private static IEnumerable<(string Folded, bool Accented)> Words(string text)
    {
        var word = new StringBuilder();
        var accented = false;
        // Lucene's folding table, not Unicode decomposition: hosts with invariant globalization do not decompose.
        var one = new char[1];
        var folded = new char[4];
        foreach (var original in text.Replace('\u2019', '\'').ToLowerInvariant())
        {
            var c = original;
            if (c > '\u007f' && char.IsLetter(c))
            {
                one[0] = c;
                if (ASCIIFoldingFilter.FoldToASCII(one, 0, folded, 0, 1) == 1 && folded[0] != c)
                {
                    c = folded[0];
                    accented = true;
                }
            }
            if (char.IsLetter(c) || c == '\'')
            {
                if (c != '\'')
                    word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return (word.ToString(), accented);
                word.Clear();
                accented = false;
            }
        }
        if (word.Length > 0)
            yield return (word.ToString(), accented);
    }
}
