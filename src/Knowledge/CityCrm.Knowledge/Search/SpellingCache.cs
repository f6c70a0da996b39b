using System.Collections.Concurrent;
using Lucene.Net.Index;

namespace CityCrm.Knowledge.Search;

/// <summary>
/// Remembers the spellings <see cref="Misspellings.Expand"/> found for each unknown word, for the index
/// reader the searches currently use. Residents repeat their typos and asides ("garbadge", "tomorrow"), and
/// each lookup walks a dictionary with a freshly built automaton; a reopened reader (an article published)
/// starts a new cache, so an answer is always the one the current index gives.
/// </summary>
internal sealed class SpellingCache
{
    /// <summary>At most this many words are kept per reader; beyond it the cache starts afresh.</summary>
    public const int Kept = 4096;

    private volatile Entries current = new(null, new());

    /// <summary>The same spellings as <see cref="Misspellings.Expand"/> on <paramref name="reader"/>.</summary>
    public IReadOnlyList<Spelling> Expand(IndexReader reader, string term, int maxEdits)
    {
        var entries = current;
        if (!ReferenceEquals(entries.Reader, reader) || entries.Spellings.Count >= Kept)
            current = entries = new Entries(reader, new());
        return entries.Spellings.GetOrAdd((term, maxEdits), key => Misspellings.Expand(reader, key.Term, key.MaxEdits));
    }

    // The reader is held only until the next search on a newer one replaces the entries.
    private sealed record Entries(IndexReader? Reader, ConcurrentDictionary<(string Term, int MaxEdits), IReadOnlyList<Spelling>> Spellings);
}
