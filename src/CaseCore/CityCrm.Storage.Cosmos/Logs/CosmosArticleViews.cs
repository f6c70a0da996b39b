using System.Globalization;
using CityCrm.Knowledge.Insights;
using Microsoft.Azure.Cosmos;

namespace CityCrm.Storage.Cosmos.Logs;

/// <summary>
/// Article views in container <c>articleviews</c>: one counter document per article and day, partitioned by article,
/// raised by an ETag-guarded replace (a lost race reads again, so no view is lost). The insights view sums a period
/// across partitions: a staff report.
/// </summary>
public sealed class CosmosArticleViews(CosmosStorage storage) : IArticleViews
{
    public static readonly CosmosContainerSpec Container = new("articleviews");

    private readonly CosmosCollection views = storage.Collection(Container.Name);

    public async Task RecordViewAsync(string articleId, DateOnly day, CancellationToken cancellationToken)
    {
        var fresh = new ViewsDocument(Day(day), "article:" + CosmosKeys.Escape(articleId), articleId, Day(day), 1);
        while (true)
        {
            var stored = await views.ReadAsync<ViewsDocument>(fresh.Id, fresh.Pk, cancellationToken);
            var written = stored is null
                ? await views.CreateAsync(fresh, fresh.Pk, cancellationToken)
                : await views.ReplaceAsync(stored.Document with { Views = stored.Document.Views + 1 }, fresh.Id, fresh.Pk, stored.ETag, cancellationToken);
            if (written)
                return;
        }
    }

    public async Task<IReadOnlyDictionary<string, long>> CountSinceAsync(DateOnly since, CancellationToken cancellationToken)
    {
        var rows = await views.QueryAsync<ViewsDocument>(
            new QueryDefinition("SELECT * FROM c WHERE c.day >= @since").WithParameter("@since", Day(since)), null, int.MaxValue, cancellationToken);
        return rows.GroupBy(r => r.ArticleId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(r => r.Views), StringComparer.Ordinal);
    }

    // Fixed-width days compare correctly as text.
    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record ViewsDocument(string Id, string Pk, string ArticleId, string Day, long Views);
}
