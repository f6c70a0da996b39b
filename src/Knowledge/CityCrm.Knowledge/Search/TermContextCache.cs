using System.Collections.Concurrent;
using Lucene.Net.Index;

namespace CityCrm.Knowledge.Search;

/// <summary>
/// Remembers, for the index reader the searches currently use, where each term looked up in a field is
/// (its per-segment dictionary state and frequencies). Residents use a small vocabulary over and over,
/// and each lookup reads the dictionary of five fields; a reopened reader (an article published) starts
/// a new cache, so a search always sees the current index. A saved lookup is only read after it is
/// built, so searches on several threads share it safely.
/// </summary>
internal sealed class TermContextCache
{
    /// <summary>At most this many lookups are kept per reader; beyond it the cache starts afresh.</summary>
    public const int Kept = 8192;

    private volatile Entries current = new(null, new());

    /// <summary>The lookups saved for <paramref name="reader"/>, new ones when the reader changed or the cache is full.</summary>
    public ConcurrentDictionary<(string Field, string Term), TermContext> For(IndexReader reader)
    {
        var entries = current;
        if (!ReferenceEquals(entries.Reader, reader) || entries.Contexts.Count >= Kept)
            current = entries = new Entries(reader, new());
        return entries.Contexts;
    }

    // The reader is held only until the next search on a newer one replaces the entries.
    private sealed record Entries(IndexReader? Reader, ConcurrentDictionary<(string Field, string Term), TermContext> Contexts);
}
