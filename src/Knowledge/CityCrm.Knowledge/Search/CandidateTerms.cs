using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CityCrm.Knowledge.Search;

/// <summary>
/// Which of a search's few candidate articles hold which words in which field, read from the postings:
/// one dictionary lookup per word and field, stepped straight to the candidates. Decoding each candidate's
/// term vectors instead read every word of every field (a body holds hundreds) to look up a handful, and
/// was the larger part of the re-ranking's time in a big knowledge base.
/// </summary>
internal sealed class CandidateTerms
{
    /// <summary>The most candidates one instance answers for (one bit each).</summary>
    public const int MaxCandidates = 64;

    private readonly List<LeafCandidates> leaves = [];
    private readonly Dictionary<(string Field, string Term), ulong> exact = [];
    private readonly Dictionary<(string Field, string Term, int MaxEdits), ulong> near = [];
    private readonly TermLookups lookups;
    private DocsEnum? reuse;

    /// <param name="docs">The candidates' document ids; bit <c>i</c> of every answer stands for <c>docs[i]</c>.</param>
    /// <param name="lookups">The search's term lookups, whose results and dictionaries are reused; null for new ones.</param>
    public CandidateTerms(IndexReader reader, IReadOnlyList<int> docs, TermLookups? lookups = null)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(docs.Count, MaxCandidates);
        this.lookups = lookups ?? new TermLookups(reader);
        var contexts = reader.Leaves;
        foreach (var group in docs.Select((doc, slot) => (Doc: doc, Slot: slot)).GroupBy(d => ReaderUtil.SubIndex(d.Doc, contexts)))
        {
            var leaf = contexts[group.Key];
            var ordered = group.OrderBy(d => d.Doc).ToArray();
            leaves.Add(new LeafCandidates(leaf, [.. ordered.Select(d => d.Doc - leaf.DocBase)], [.. ordered.Select(d => d.Slot)]));
        }
    }

    /// <summary>The candidates whose <paramref name="field"/> holds <paramref name="term"/>, one bit each.</summary>
    public ulong Holding(string field, string term)
    {
        if (exact.TryGetValue((field, term), out var known))
            return known;
        // The search looked most terms up already: the segments without the term are known, and the
        // others are positioned from the saved state without reading the dictionary again.
        var context = lookups.Context(field, term);
        ulong mask = 0;
        if (context.DocFreq == 0)
            return exact[(field, term)] = mask;
        var bytes = new BytesRef(term);
        foreach (var leaf in leaves)
        {
            if (context.Get(leaf.Context.Ord) is { } state && lookups.Enum(leaf.Context, field) is { } terms)
            {
                terms.SeekExact(bytes, state);
                mask |= Step(leaf, terms);
            }
        }
        return exact[(field, term)] = mask;
    }

    /// <summary>
    /// The candidates whose <paramref name="field"/> holds a word within <paramref name="maxEdits"/> of
    /// <paramref name="term"/> (<see cref="TermSimilarity.IsNear(string, string, int)"/>): the words of the field's dictionary
    /// that share its first letter are measured (<see cref="NearSpellings"/>), and only the postings of the near ones are read.
    /// </summary>
    public ulong HoldingNear(string field, string term, int maxEdits)
    {
        if (near.TryGetValue((field, term, maxEdits), out var known))
            return known;
        ulong mask = 0;
        foreach (var leaf in leaves)
        {
            if (lookups.Enum(leaf.Context, field) is not { } terms)
                continue;
            foreach (var _ in NearSpellings.Walk(terms, term, maxEdits))
                mask |= Step(leaf, terms);
        }
        return near[(field, term, maxEdits)] = mask;
    }

    // Steps the positioned term's postings to each candidate of the leaf, in document order.
    private ulong Step(LeafCandidates leaf, TermsEnum terms)
    {
        var docs = terms.Docs(null, reuse, DocsFlags.NONE);
        reuse = docs;
        ulong mask = 0;
        var current = -1;
        for (var i = 0; i < leaf.Docs.Length; i++)
        {
            if (current < leaf.Docs[i])
                current = docs.Advance(leaf.Docs[i]);
            if (current == DocIdSetIterator.NO_MORE_DOCS)
                break;
            if (current == leaf.Docs[i])
                mask |= 1UL << leaf.Slots[i];
        }
        return mask;
    }

    private sealed record LeafCandidates(AtomicReaderContext Context, int[] Docs, int[] Slots);
}
