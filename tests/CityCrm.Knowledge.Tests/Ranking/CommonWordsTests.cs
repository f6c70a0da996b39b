using CityCrm.Knowledge.Indexing;
using CityCrm.Knowledge.Search;
using CityCrm.Knowledge.Synonyms;
using CityCrm.Knowledge.Tests.Support;

namespace CityCrm.Knowledge.Tests.Ranking;

public sealed class CommonWordsTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly KnowledgeOptions options;
    private readonly LuceneArticleIndex index;

    public CommonWordsTests()
    {
        options = new KnowledgeOptions { IndexPath = folder.Sub("index") };
        index = new LuceneArticleIndex(options);
        // 1,200 articles: "city" (indexed as "citi") in every body and in a fifth of the summaries (common in both fields),
        // "permit" in every body but only ten titles (common in the body alone).
        index.Rebuild(Enumerable.Range(0, 1200).Select(i => new Article(
            $"article-{i}",
            i < 10 ? $"Permit {i}" : $"Topic {i}",
            i % 5 == 0 ? $"The city answers question {i}." : $"Answer {i}.",
            $"The city and its permit office handle topic {i}.",
            [],
            [],
            "Testing")));
    }

    public void Dispose()
    {
        index.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void Weigh_WordCommonInEveryFieldItIsIn_KeptInTheFieldWhereItIsRarest()
    {
        var city = Weigh("citi");

        Assert.Contains(ArticleFields.Body, city.CommonIn);
        Assert.DoesNotContain(ArticleFields.Summary, city.CommonIn);
    }

    [Fact]
    public void Weigh_WordCommonInOneFieldOnly_LeftOutOfThatField()
    {
        var permit = Weigh("permit");

        Assert.Equal([ArticleFields.Body], permit.CommonIn);
    }

    [Fact]
    public async Task Search_OnlyCommonWords_StillFindsArticles()
    {
        var result = await new KnowledgeSearch(index, options).SearchAsync("city", 5, CancellationToken.None);

        Assert.NotEmpty(result.Hits);
    }

    private QueryTerm Weigh(string word) => index.WithSearcher(searcher =>
        QueryBuilder.Weigh([new AnalyzedTerm(word, word.Length)], new Dictionary<string, IReadOnlyList<SynonymPhrase>>(), searcher.IndexReader, options).Single());
}
