namespace CityCrm.Knowledge.Insights;

/// <summary>Counts how often each article page is read, per day.</summary>
public interface IArticleViews
{
    /// <summary>Adds one view of <paramref name="articleId"/> on <paramref name="day"/> (UTC).</summary>
    Task RecordViewAsync(string articleId, DateOnly day, CancellationToken cancellationToken);

    /// <summary>Views per article from <paramref name="since"/> (inclusive) on; articles never viewed are absent.</summary>
    Task<IReadOnlyDictionary<string, long>> CountSinceAsync(DateOnly since, CancellationToken cancellationToken);
}
