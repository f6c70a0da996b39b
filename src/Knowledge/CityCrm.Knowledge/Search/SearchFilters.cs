using System.Collections.Concurrent;
using CityCrm.Knowledge.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CityCrm.Knowledge.Search;

/// <summary>
/// The filter a search runs under: articles in one language whose validity window holds one day. Each
/// filter caches its matches per index segment, and segments outlive the near-real-time reopens, so a
/// question usually pays for none of it; only the few filters of the current days are kept.
/// </summary>
internal sealed class SearchFilters
{
    private const int Kept = 16;

    private readonly ConcurrentDictionary<(string Language, int Day), Filter> cache = new();

    public Filter For(string language, DateOnly day)
    {
        var key = (language, day.DayNumber);
        if (cache.TryGetValue(key, out var filter))
            return filter;
        if (cache.Count >= Kept)
            cache.Clear();
        return cache.GetOrAdd(key, k => new BitSetCachingFilter(new QueryWrapperFilter(Build(k.Language, k.Day))));
    }

    /// <summary>Whether any article is in <paramref name="language"/> at all (valid or not).</summary>
    public static bool HasArticles(IndexReader reader, string language) =>
        reader.DocFreq(new Term(ArticleFields.SearchLanguage, language)) > 0;

    private static Query Build(string language, int day) => new BooleanQuery
    {
        { new TermQuery(new Term(ArticleFields.SearchLanguage, language)), Occur.MUST },
        { NumericRangeQuery.NewInt32Range(ArticleFields.ValidFrom, null, day, true, true), Occur.MUST },
        { NumericRangeQuery.NewInt32Range(ArticleFields.ValidUntil, day, null, true, true), Occur.MUST },
    };

    /// <summary>
    /// Caches a segment's matches as a bit set: with random access to them Lucene hands the filter to the
    /// query as the accepted documents and keeps its fast out-of-order scoring, instead of stepping the
    /// query and the filter along together document by document.
    /// </summary>
    private sealed class BitSetCachingFilter(Filter filter) : CachingWrapperFilter(filter)
    {
        protected override DocIdSet DocIdSetToCache(DocIdSet docIdSet, AtomicReader reader)
        {
            var bits = new FixedBitSet(reader.MaxDoc);
            var iterator = docIdSet?.GetIterator();
            if (iterator is not null)
                bits.Or(iterator);
            return bits;
        }
    }
}
