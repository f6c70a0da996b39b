namespace CityCrm.CaseCore.Suggestions;

/// <summary>
/// An in-memory BM25F index with one document per service: each field's term frequencies are
/// length-normalised and weighted, summed per term, then saturated once (Robertson and Zaragoza's BM25F), so a
/// word found in a service's name counts more than the same word in its description but never counts twice.
/// </summary>
internal sealed class FieldedIndex
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private static readonly int FieldCount = Enum.GetValues<ServiceField>().Length;

    private readonly double[] weights;
    private readonly List<Dictionary<string, int>[]> docs = [];
    private readonly List<int[]> lengths = [];
    private readonly Dictionary<string, int> documentFrequency = new(StringComparer.Ordinal);
    private double[] averageLength = [];

    public FieldedIndex(IReadOnlyDictionary<ServiceField, double> fieldWeights)
    {
        weights = new double[FieldCount];
        foreach (var (field, weight) in fieldWeights)
            weights[(int)field] = weight;
    }

    public int Count => docs.Count;

    public IEnumerable<string> Vocabulary => documentFrequency.Keys;

    /// <summary>Adds a document; <paramref name="fields"/> holds each field's terms.</summary>
    public void Add(IReadOnlyDictionary<ServiceField, List<string>> fields)
    {
        var counts = new Dictionary<string, int>[FieldCount];
        var length = new int[FieldCount];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var f = 0; f < FieldCount; f++)
        {
            counts[f] = new Dictionary<string, int>(StringComparer.Ordinal);
            if (!fields.TryGetValue((ServiceField)f, out var terms))
                continue;
            foreach (var t in terms)
            {
                counts[f][t] = counts[f].GetValueOrDefault(t) + 1;
                seen.Add(t);
            }
            length[f] = terms.Count;
        }
        foreach (var t in seen)
            documentFrequency[t] = documentFrequency.GetValueOrDefault(t) + 1;
        docs.Add(counts);
        lengths.Add(length);
        averageLength = [.. Enumerable.Range(0, FieldCount).Select(f => Math.Max(1.0, lengths.Average(l => l[f])))];
    }

    public bool Contains(string term) => documentFrequency.ContainsKey(term);

    public int DocumentFrequency(string term) => documentFrequency.GetValueOrDefault(term);

    /// <summary>Inverse document frequency; a term no document holds gets the highest possible value.</summary>
    public double Idf(string term)
    {
        var df = documentFrequency.GetValueOrDefault(term);
        return Math.Log(1 + (Count - df + 0.5) / (df + 0.5));
    }

    /// <summary>The BM25F contribution of one term to one document, and whether the term sits in a field other than the description and group.</summary>
    public (double Score, bool Strong) Score(int doc, string term)
    {
        var counts = docs[doc];
        var length = lengths[doc];
        double tf = 0;
        var strong = false;
        for (var f = 0; f < FieldCount; f++)
        {
            if (!counts[f].TryGetValue(term, out var n))
                continue;
            tf += weights[f] * n / (1 - B + B * length[f] / averageLength[f]);
            strong |= (ServiceField)f is ServiceField.Name or ServiceField.Keywords or ServiceField.History;
        }
        return tf == 0 ? (0, false) : (Idf(term) * tf / (K1 + tf), strong);
    }
}
