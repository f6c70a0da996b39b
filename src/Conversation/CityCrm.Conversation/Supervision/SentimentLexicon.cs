using System.Globalization;

namespace CityCrm.Conversations.Supervision;

/// <summary>
/// A word-list sentiment score in the manner of VADER: each listed word carries a weight from -4 to 4, a
/// negation ("not", "never", "no", "nunca"...) within the three words before flips and damps it, an intensifier
/// ("very", "muy") strengthens it, and the sum is squashed into -1..1. Lists are plain text, one
/// <c>word weight</c> per line, <c>#</c> for comments; English and Spanish are read into one lexicon.
/// </summary>
public sealed class SentimentLexicon
{
    private const double Squash = 15;
    private const double NegationFactor = -0.74;
    private const double IntensifierBoost = 0.3;
    private const int NegationReach = 3;

    private static readonly HashSet<string> Negations =
        ["not", "no", "never", "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't", "won't", "can't", "cannot", "nobody", "nothing",
         "nunca", "jamas", "nada", "nadie", "tampoco", "ni"];

    private static readonly HashSet<string> Intensifiers =
        ["very", "really", "extremely", "so", "totally", "completely", "muy", "bastante", "demasiado", "super", "tan", "totalmente"];

    private readonly Dictionary<string, double> weights;

    public SentimentLexicon(IReadOnlyDictionary<string, double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        this.weights = weights.ToDictionary(w => string.Join(' ', LexiconText.Words(w.Key)), w => w.Value, StringComparer.Ordinal);
    }

    /// <summary>How many words the lexicon knows.</summary>
    public int Count => weights.Count;

    /// <summary>Reads word lists (<c>word weight</c> lines); a later list's word replaces an earlier one's.</summary>
    public static SentimentLexicon Load(IEnumerable<string> paths)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            foreach (var line in File.ReadLines(path))
            {
                var text = line.Trim();
                if (text.Length == 0 || text[0] == '#')
                    continue;
                var split = text.LastIndexOfAny([' ', '\t']);
                if (split <= 0 || !double.TryParse(text[(split + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
                    throw new FormatException($"{path}: \"{line}\" is not \"word weight\".");
                weights[text[..split].Trim()] = weight;
            }
        }
        return new SentimentLexicon(weights);
    }

    public SentimentScore Score(string text)
    {
        var words = LexiconText.Words(text);
        double sum = 0;
        var matched = 0;
        for (var i = 0; i < words.Count; i++)
        {
            // A listed two-word phrase ("thank you", "por favor") counts once, as the phrase.
            var start = i;
            if (i + 1 < words.Count && weights.TryGetValue(words[i] + " " + words[i + 1], out var weight))
                i++;
            else if (!weights.TryGetValue(words[i], out weight))
                continue;
            matched++;
            if (start > 0 && Intensifiers.Contains(words[start - 1]))
                weight += Math.Sign(weight) * IntensifierBoost;
            for (var back = 1; back <= NegationReach && start - back >= 0; back++)
            {
                if (Negations.Contains(words[start - back]))
                {
                    weight *= NegationFactor;
                    break;
                }
            }
            sum += weight;
        }
        return new SentimentScore(matched == 0 ? 0 : sum / Math.Sqrt(sum * sum + Squash), matched);
    }
}
