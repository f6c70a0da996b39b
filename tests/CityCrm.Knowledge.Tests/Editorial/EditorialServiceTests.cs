using CityCrm.Knowledge.Editorial;
using CityCrm.Knowledge.Indexing;
using CityCrm.Knowledge.Search;
using CityCrm.Knowledge.Tests.Support;

namespace CityCrm.Knowledge.Tests.Editorial;

/// <summary>The workflow over in-memory stores and a real index on a temp folder.</summary>
public sealed class EditorialServiceTests : IDisposable
{
    private static readonly EditorialAuthor Erin = new("editor", "Erin Editor");
    private static readonly EditorialAuthor Sam = new("supervisor", "Sam Supervisor");
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly TempFolder folder = new();
    private readonly InMemoryArticleStore published = new();
    private readonly InMemoryEditorialStore history = new();
    private readonly LuceneArticleIndex index;
    private readonly KnowledgeSearch search;
    private readonly EditorialService service;

    public EditorialServiceTests()
    {
        var options = new KnowledgeOptions { IndexPath = folder.Sub("index") };
        index = new LuceneArticleIndex(options);
        search = new KnowledgeSearch(index, options);
        service = new EditorialService(history, published, index, TimeProvider.System);
    }

    public void Dispose()
    {
        index.Dispose();
        folder.Dispose();
    }

    private async Task PublishNewAsync(Article article)
    {
        await service.CreateAsync(article, Erin, null, None);
        await service.SubmitAsync(article.Id, None);
        await service.PublishAsync(article.Id, null, None);
    }

    private async Task<bool> FindsAsync(string question, string id) =>
        (await search.SearchAsync(question, 5, None)).Hits.Any(h => h.ArticleId == id);

    [Fact]
    public async Task GetAsync_PublishedWithoutHistory_BecomesVersionOneByImport()
    {
        await published.UpsertAsync(TestArticles.Potholes, None);

        var item = await service.GetAsync("potholes", None);

        Assert.Equal(ArticleStatus.Published, item.Record.Status);
        Assert.Equal((1, 1), (item.Record.HeadVersion, item.Record.PublishedVersion));
        Assert.Equal("import", (await history.ListVersionsAsync("potholes", None)).Single().Author);
    }

    [Fact]
    public async Task PublishAsync_InReview_WritesVersionToStoreAndIndex()
    {
        await PublishNewAsync(TestArticles.DogLicense);

        Assert.Equal(1, (await published.GetAsync("dog-license", None))?.Version);
        Assert.True(await Poll.UntilAsync(() => FindsAsync("license my dog", "dog-license"), found => found));
    }

    [Fact]
    public async Task SaveAsync_AfterPublishing_PublishedVersionKeepsAnsweringUntilRepublished()
    {
        await PublishNewAsync(TestArticles.DogLicense);

        await service.SaveAsync("dog-license", TestArticles.DogLicense with { Title = "Dog licences (new)" }, 1, Sam, "retitled", None);

        Assert.Equal("Dog licenses", (await published.GetAsync("dog-license", None))?.Title);
        await service.SubmitAsync("dog-license", None);
        await service.PublishAsync("dog-license", null, None);
        Assert.Equal(("Dog licences (new)", 2), ((await published.GetAsync("dog-license", None))!.Title, (await published.GetAsync("dog-license", None))!.Version));
    }

    [Fact]
    public async Task ArchiveAsync_Published_RemovedFromStoreAndIndex()
    {
        await PublishNewAsync(TestArticles.DogLicense);
        Assert.True(await Poll.UntilAsync(() => FindsAsync("license my dog", "dog-license"), found => found));

        await service.ArchiveAsync("dog-license", None);

        Assert.Null(await published.GetAsync("dog-license", None));
        Assert.False(await Poll.UntilAsync(() => FindsAsync("license my dog", "dog-license"), found => !found));
    }

    [Fact]
    public async Task SaveAsync_TwoEditorsFromSameVersion_SecondIsRefusedAndFirstKept()
    {
        await service.CreateAsync(TestArticles.Potholes, Erin, null, None);

        await service.SaveAsync("potholes", TestArticles.Potholes with { Summary = "Erin's" }, 1, Erin, null, None);
        var error = await Assert.ThrowsAsync<EditConflictException>(() =>
            service.SaveAsync("potholes", TestArticles.Potholes with { Summary = "Sam's" }, 1, Sam, null, None));

        Assert.Equal((2, "Erin Editor"), (error.CurrentVersion, error.CurrentAuthorName));
        Assert.Equal("Erin's", (await service.GetAsync("potholes", None)).Head.Summary);
        Assert.Equal(2, (await history.ListVersionsAsync("potholes", None)).Count);
    }

    [Fact]
    public async Task CreateAsync_InvalidArticle_ThrowsWithFieldErrorsAndStoresNothing()
    {
        var error = await Assert.ThrowsAsync<ArticleValidationException>(() =>
            service.CreateAsync(TestArticles.Potholes with { Title = "", Related = ["nowhere"] }, Erin, null, None));

        Assert.Equal(["related", "title"], error.Errors.Keys.Order());
        Assert.Empty(await history.ListAsync(None));
    }

    [Fact]
    public async Task CreateAsync_IdOfPublishedArticle_ThrowsIdError()
    {
        await published.UpsertAsync(TestArticles.Potholes, None);

        var error = await Assert.ThrowsAsync<ArticleValidationException>(() => service.CreateAsync(TestArticles.Potholes, Erin, null, None));

        Assert.Equal(["id"], error.Errors.Keys);
    }

    [Fact]
    public async Task ListAsync_SourceRepublished_TranslationOutOfDateUntilConfirmed()
    {
        await PublishNewAsync(TestArticles.Potholes);
        await PublishNewAsync(TestArticles.Potholes with { Id = "baches", Title = "Baches", Language = "es", TranslationOf = "potholes", SourceVersion = 1 });
        Assert.False((await service.ListAsync(None)).Single(i => i.Record.Id == "baches").TranslationOutOfDate);

        await service.SaveAsync("potholes", TestArticles.Potholes with { Summary = "Filled within two days." }, 1, Erin, null, None);
        await service.SubmitAsync("potholes", None);
        await service.PublishAsync("potholes", null, None);
        var flagged = (await service.ListAsync(None)).Single(i => i.Record.Id == "baches").TranslationOutOfDate;
        var confirmed = await service.ConfirmTranslationAsync("baches", null, Erin, None);

        Assert.True(flagged);
        Assert.False((await service.GetAsync("baches", None)).TranslationOutOfDate);
        Assert.Equal(2, confirmed.Head.SourceVersion);
        Assert.Equal(confirmed.HeadVersion, (await published.GetAsync("baches", None))?.Version);
    }

    [Fact]
    public async Task AddPhrasingAsync_PublishedArticle_NewVersionAnswersAtOnce()
    {
        await PublishNewAsync(TestArticles.DogLicense);

        var article = await service.AddPhrasingAsync("dog-license", "  where do I register my puppy  ", null, Sam, None);

        Assert.Equal((ArticleStatus.Published, 2, 2), (article.Status, article.HeadVersion, article.PublishedVersion));
        Assert.Contains("where do I register my puppy", (await published.GetAsync("dog-license", None))!.Questions);
    }

    [Fact]
    public async Task RollbackAsync_ToFirstVersion_DiffAgainstSecondShowsRestoredBody()
    {
        await service.CreateAsync(TestArticles.Potholes, Erin, null, None);
        await service.SaveAsync("potholes", TestArticles.Potholes with { Body = "Different" }, 1, Erin, null, None);

        var article = await service.RollbackAsync("potholes", 1, 2, Sam, None);
        var body = (await service.DiffAsync("potholes", 2, 3, None)).Single(f => f.Field == "body");

        Assert.Equal(3, article.HeadVersion);
        Assert.Equal(TestArticles.Potholes.Body, article.Head.Body);
        Assert.Contains(new DiffLine(DiffLineKind.Removed, "Different"), body.Lines);
    }
}
