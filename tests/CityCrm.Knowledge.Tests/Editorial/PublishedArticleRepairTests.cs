using CityCrm.Knowledge.Editorial;
using CityCrm.Knowledge.Indexing;
using CityCrm.Knowledge.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace CityCrm.Knowledge.Tests.Editorial;

/// <summary>Publications a crash left half done (history written, store or index not) are finished at start-up.</summary>
public sealed class PublishedArticleRepairTests : IDisposable
{
    private static readonly EditorialAuthor Erin = new("editor", "Erin Editor");
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly TempFolder folder = new();
    private readonly InMemoryArticleStore published = new();
    private readonly InMemoryEditorialStore history = new();
    private readonly LuceneArticleIndex index;
    private readonly EditorialService service;

    public PublishedArticleRepairTests()
    {
        index = new LuceneArticleIndex(new KnowledgeOptions { IndexPath = folder.Sub("index") });
        service = new EditorialService(history, published, index, TimeProvider.System);
    }

    public void Dispose()
    {
        index.Dispose();
        folder.Dispose();
    }

    private PublishedArticleRepair Repair() => new(history, published, index, NullLogger<PublishedArticleRepair>.Instance);

    private async Task PublishTwoVersionsAsync()
    {
        await service.CreateAsync(TestArticles.Potholes, Erin, null, None);
        await service.SubmitAsync("potholes", None);
        await service.PublishAsync("potholes", null, None);
        await service.SaveAsync("potholes", TestArticles.Potholes with { Title = "Report a pothole today" }, 1, Erin, null, None);
        await service.SubmitAsync("potholes", None);
        await service.PublishAsync("potholes", null, None);
    }

    [Fact]
    public async Task RepairAsync_KilledAfterHistoryBeforeStoreAndIndex_PublishesTheRecordedVersion()
    {
        await PublishTwoVersionsAsync();
        var first = TestArticles.Potholes with { Version = 1 };
        await published.UpsertAsync(first, None);
        index.Index(first);

        var repaired = await Repair().RepairAsync(None);

        Assert.Equal(1, repaired);
        Assert.Equal((2, "Report a pothole today"), ((await published.GetAsync("potholes", None))!.Version, (await published.GetAsync("potholes", None))!.Title));
        Assert.Equal(2, index.IndexedVersions()["potholes"]);
    }

    [Fact]
    public async Task RepairAsync_KilledBeforeAnArchivedArticleLeftStore_RemovesItFromStoreAndIndex()
    {
        await PublishTwoVersionsAsync();
        var live = await published.GetAsync("potholes", None);
        await service.ArchiveAsync("potholes", None);
        await published.UpsertAsync(live!, None);
        index.Index(live!);

        await Repair().RepairAsync(None);

        Assert.Null(await published.GetAsync("potholes", None));
        Assert.Empty(index.IndexedVersions());
    }

    [Fact]
    public async Task RepairAsync_InStepOrWithoutHistory_ChangesNothing()
    {
        await PublishTwoVersionsAsync();
        await published.UpsertAsync(TestArticles.Recycling, None);
        index.Index(TestArticles.Recycling);

        var repaired = await Repair().RepairAsync(None);

        Assert.Equal(0, repaired);
        Assert.Equal(new Dictionary<string, int> { ["potholes"] = 2, ["recycling-pickup"] = 1 }, index.IndexedVersions());
    }
}
