namespace CityCrm.Knowledge.Insights;

/// <summary>Similar questions the bot did not help with, grouped so an editor can deal with them at once.</summary>
/// <param name="Label">The first question of the cluster, which the others resemble.</param>
/// <param name="QuestionIds">The answer records in the cluster, to mark handled.</param>
/// <param name="LastWeek">Questions in the last seven days.</param>
/// <param name="PreviousWeek">Questions in the seven days before those.</param>
/// <param name="Samples">Distinct wordings, most recent first.</param>
/// <param name="OfferedArticles">The articles most often cited or offered for these questions, most often first.</param>
public sealed record QuestionCluster(
    string Label,
    IReadOnlyList<string> QuestionIds,
    int LastWeek,
    int PreviousWeek,
    ClusterTrend Trend,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    IReadOnlyList<string> Samples,
    IReadOnlyList<ArticleCount> OfferedArticles)
{
    public int Count => QuestionIds.Count;
}
