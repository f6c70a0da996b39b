using CityCrm.Knowledge;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>What every published-article store does: upsert by id, read, list by id, count, translations, delete.</summary>
public abstract class ArticleStoreContract : StoreContract<IArticleStore>
{
    private static readonly Article Potholes = new(
        "potholes", "Report a pothole", "How to report", "Call 311 or use the app.", ["pothole on my street", "hole in road"],
        ["streets"], "Public Works")
    {
        Owner = "ana", Related = ["sidewalks"], ValidFrom = new DateOnly(2026, 1, 1), ValidUntil = new DateOnly(2026, 12, 31),
        SmsAnswer = "Text the address to 311.", VoiceAnswer = "Say the address.", Version = 3,
    };

    [Fact]
    public async Task GetAsync_Upserted_ReturnsEveryField()
    {
        await Store.UpsertAsync(Potholes, None);

        var read = await Store.GetAsync("potholes", None);

        Assert.NotNull(read);
        Assert.Equal(Potholes with { Questions = read.Questions, Tags = read.Tags, Related = read.Related }, read);
        Assert.Equal(Potholes.Questions, read.Questions);
        Assert.Equal(Potholes.Tags, read.Tags);
        Assert.Equal(Potholes.Related, read.Related);
    }

    [Fact]
    public async Task UpsertAsync_SameIdAgain_ReplacesAndCountsOnce()
    {
        await Store.UpsertAsync(Potholes, None);
        await Store.UpsertAsync(Potholes with { Title = "Potholes, revised", Version = 4 }, None);

        Assert.Equal("Potholes, revised", (await Store.GetAsync("potholes", None))!.Title);
        Assert.Equal(1, await Store.CountAsync(None));
    }

    [Fact]
    public async Task ListAsync_SeveralArticles_ReturnsAllOrderedById()
    {
        foreach (var id in new[] { "trash-pickup", "a/b id", "potholes" })
            await Store.UpsertAsync(Potholes with { Id = id }, None);

        Assert.Equal(["a/b id", "potholes", "trash-pickup"], (await Store.ListAsync(None)).Select(a => a.Id));
        Assert.Equal(3, await Store.CountAsync(None));
    }

    [Fact]
    public async Task ListTranslationsAsync_SourceWithTranslations_ReturnsOnlyThem()
    {
        await Store.UpsertAsync(Potholes, None);
        await Store.UpsertAsync(Potholes with { Id = "baches", Language = "es", TranslationOf = "potholes" }, None);
        await Store.UpsertAsync(Potholes with { Id = "other", TranslationOf = "sidewalks" }, None);

        Assert.Equal(["baches"], (await Store.ListTranslationsAsync("potholes", None)).Select(a => a.Id));
    }

    [Fact]
    public async Task DeleteAsync_StoredThenUnknown_RemovesOnceAndReportsWhetherItWasThere()
    {
        await Store.UpsertAsync(Potholes, None);

        Assert.True(await Store.DeleteAsync("potholes", None));
        Assert.False(await Store.DeleteAsync("potholes", None));
        Assert.Null(await Store.GetAsync("potholes", None));
        Assert.Equal(0, await Store.CountAsync(None));
    }
}
