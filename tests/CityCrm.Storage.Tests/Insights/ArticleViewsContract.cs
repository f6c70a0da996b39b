using CityCrm.Knowledge.Insights;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Insights;

/// <summary>What every <see cref="IArticleViews"/> must do, whatever it counts in.</summary>
public abstract class ArticleViewsContract : StoreContract<IArticleViews>
{
    protected static readonly DateOnly Today = new(2026, 3, 20);

    [Fact]
    public async Task CountSinceAsync_ViewsOnSeveralDays_SumsOnlyTheWindow()
    {
        await Store.RecordViewAsync("potholes", Today.AddDays(-40), None);
        await Store.RecordViewAsync("potholes", Today.AddDays(-1), None);
        await Store.RecordViewAsync("potholes", Today, None);
        await Store.RecordViewAsync("potholes", Today, None);
        await Store.RecordViewAsync("parking-permits", Today.AddDays(-30), None);

        var counts = await Store.CountSinceAsync(Today.AddDays(-30), None);

        Assert.Equal(3, counts["potholes"]);
        Assert.Equal(1, counts["parking-permits"]);
        Assert.False(counts.ContainsKey("recycling-pickup"));
    }

    [Fact]
    public async Task RecordViewAsync_TwentyViewsAtOnce_CountsEveryOne()
    {
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => Store.RecordViewAsync("potholes", Today, None))));

        Assert.Equal(20, (await Store.CountSinceAsync(Today, None))["potholes"]);
    }
}
