namespace CityCrm.CaseCore.Suggestions;

/// <summary>
/// Maps a stemmed term the catalogue does not know to the closest one it does: one edit for words of four to
/// seven letters, two from eight ("abandonded" meets "abandon", "grafitti" meets "graffiti").
/// Adjacent transpositions count as one edit, as residents swap letters more than anything.
/// </summary>
internal sealed class TypoCorrector(IEnumerable<string> vocabulary, Func<string, int> frequency)
{
    private readonly string[] words = [.. vocabulary.Where(w => w.Length >= 3 && w.All(char.IsLetter)).Order(StringComparer.Ordinal)];

    public string? Correct(string term)
    {
        if (term.Length < 4 || !term.All(char.IsLetter))
            return null;
        var budget = term.Length >= 8 ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var w in words)
        {
            if (Math.Abs(w.Length - term.Length) > budget)
                continue;
            var d = Distance(term, w, budget);
            if (d > budget || d > bestDistance)
                continue;
            if (d < bestDistance || frequency(w) > frequency(best!))
            {
                best = w;
                bestDistance = d;
            }
        }
        return best;
    }

    /// <summary>Optimal string alignment distance, given up once it exceeds <paramref name="limit"/>.</summary>
    internal static int Distance(string a, string b, int limit)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
            d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++)
            d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var rowMin = int.MaxValue;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    v = Math.Min(v, d[i - 2, j - 2] + 1);
                d[i, j] = v;
                rowMin = Math.Min(rowMin, v);
            }
            if (rowMin > limit)
                return limit + 1;
        }
        return d[a.Length, b.Length];
    }
}
