using Lucene.Net.Index;

namespace CityCrm.Knowledge.Search;

/// <summary>
/// One search's dictionary lookups: each term looked up once per field, with one dictionary enumerator
/// per segment and field (and thread). Lucene's own <c>TermContext.Build</c> opens a new
/// enumerator for every lookup, a few kilobytes each; five fields for every word of a question made
/// half of a search's garbage, and the collections it caused landed on the slowest questions.
/// Not thread-safe: one search uses it, and an enumerator it hands out is repositioned by the next
/// lookup on the same thread. Its lookups are also kept in <paramref name="cache"/> when given,
/// for the searches after it on the same reader.
/// </summary>
internal sealed class TermLookups(IndexReader reader, TermContextCache? cache = null)
{
    private readonly IDictionary<(string Field, string Term), TermContext> found =
        (IDictionary<(string Field, string Term), TermContext>?)cache?.For(reader) ?? new Dictionary<(string Field, string Term), TermContext>();

    // A dictionary enumerator costs a few kilobytes to open: each thread keeps its own per segment and
    // field of the current reader, for every search it runs, and drops them when the reader changes.
    [ThreadStatic]
    private static ThreadEnums? threadEnums;

    public IndexReader Reader => reader;

    /// <summary>The term in the field on every segment that holds it (the same as <c>TermContext.Build</c>).</summary>
    public TermContext Context(string field, string term)
    {
        if (found.TryGetValue((field, term), out var known))
            return known;
        var bytes = new Lucene.Net.Util.BytesRef(term);
        var context = new TermContext(reader.Context);
        foreach (var leaf in reader.Leaves)
        {
            if (Enum(leaf, field) is { } terms && terms.SeekExact(bytes))
                context.Register(terms.GetTermState(), leaf.Ord, terms.DocFreq, terms.TotalTermFreq);
        }
        // Saved once complete: another search may read it from the shared cache at once.
        found[(field, term)] = context;
        return context;
    }

    /// <summary>How many articles hold the term in the field.</summary>
    public int DocFreq(string field, string term) => Context(field, term).DocFreq;

    /// <summary>The segment's dictionary of the field, shared by every lookup of this search; null when no article of it has the field.</summary>
    public TermsEnum? Enum(AtomicReaderContext leaf, string field)
    {
        var pool = threadEnums;
        if (pool is null || !ReferenceEquals(pool.Reader, reader))
            threadEnums = pool = new ThreadEnums(reader, []);
        if (!pool.Enums.TryGetValue((leaf.Ord, field), out var terms))
            pool.Enums[(leaf.Ord, field)] = terms = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
        return terms;
    }

    private sealed record ThreadEnums(IndexReader Reader, Dictionary<(int Leaf, string Field), TermsEnum?> Enums);
}
