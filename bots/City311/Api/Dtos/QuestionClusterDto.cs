namespace CityCrm.City311.Api.Dtos;

/// <summary>Similar questions the bot did not help with.</summary>
/// <param name="Label">The cluster's first question.</param>
/// <param name="LastWeek">Questions in the last seven days.</param>
/// <param name="PreviousWeek">Questions in the seven days before.</param>
/// <param name="Trend"><c>rising</c>, <c>falling</c> or <c>steady</c>.</param>
/// <param name="Samples">Distinct wordings, most recent first.</param>
/// <param name="QuestionIds">What to send to <c>POST /api/knowledge/insights/clusters/handled</c>.</param>
/// <param name="Articles">The articles most often cited or found for these questions.</param>
public sealed record QuestionClusterDto(
    string Label,
    int Count,
    int LastWeek,
    int PreviousWeek,
    string Trend,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    IReadOnlyList<string> Samples,
    IReadOnlyList<string> QuestionIds,
    IReadOnlyList<OfferedArticleDto> Articles);
