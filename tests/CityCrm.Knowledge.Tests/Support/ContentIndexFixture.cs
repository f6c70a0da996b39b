using CityCrm.Knowledge.Content;
using CityCrm.Knowledge.Indexing;
using CityCrm.Knowledge.Search;
using CityCrm.Knowledge.Synonyms;

namespace CityCrm.Knowledge.Tests.Support;

/// <summary>The real Riverton articles and synonym list indexed once in a temp folder, shared by a test class.</summary>
public sealed class ContentIndexFixture : IAsyncLifetime
{
    private readonly TempFolder folder = new();

    public KnowledgeOptions Options { get; private set; } = new();

    public IReadOnlyList<Article> Articles { get; private set; } = [];

    public LuceneArticleIndex Index { get; private set; } = null!;

    /// <summary>Searches with the city's synonym list.</summary>
    public KnowledgeSearch Search { get; private set; } = null!;

    /// <summary>Searches the same index without synonyms, to compare.</summary>
    public KnowledgeSearch PlainSearch { get; private set; } = null!;

    public KnowledgeSynonyms Synonyms { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Options = new KnowledgeOptions
        {
            IndexPath = folder.Sub("index"),
            ContentPath = RepositoryPaths.KnowledgeContent,
            SynonymsPath = RepositoryPaths.Synonyms,
        };
        Articles = await ArticleFolder.ReadAllAsync(Options.ContentPath, CancellationToken.None);
        Index = new LuceneArticleIndex(Options);
        Index.Rebuild(Articles);
        Synonyms = new KnowledgeSynonyms(Options);
        Search = new KnowledgeSearch(Index, Options, Synonyms);
        PlainSearch = new KnowledgeSearch(Index, Options);
    }

    public async Task DisposeAsync()
    {
        Synonyms.Dispose();
        await Index.DisposeAsync();
        folder.Dispose();
    }
}
