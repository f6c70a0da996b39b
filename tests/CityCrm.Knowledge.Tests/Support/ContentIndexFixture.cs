using CityCrm.Knowledge.Content;
using CityCrm.Knowledge.Indexing;
using CityCrm.Knowledge.Search;

namespace CityCrm.Knowledge.Tests.Support;

/// <summary>The real Riverton articles indexed once in a temp folder, shared by a test class.</summary>
public sealed class ContentIndexFixture : IAsyncLifetime
{
    private readonly TempFolder folder = new();

    public KnowledgeOptions Options { get; private set; } = new();

    public IReadOnlyList<Article> Articles { get; private set; } = [];

    public LuceneArticleIndex Index { get; private set; } = null!;

    public KnowledgeSearch Search { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Options = new KnowledgeOptions { IndexPath = folder.Sub("index"), ContentPath = RepositoryPaths.KnowledgeContent };
        Articles = await ArticleFolder.ReadAllAsync(Options.ContentPath, CancellationToken.None);
        Index = new LuceneArticleIndex(Options);
        Index.Rebuild(Articles);
        Search = new KnowledgeSearch(Index, Options);
    }

    public async Task DisposeAsync()
    {
        await Index.DisposeAsync();
        folder.Dispose();
    }
}
