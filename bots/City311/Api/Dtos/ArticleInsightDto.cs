namespace CityCrm.City311.Api.Dtos;

/// <summary>One article's figures over the period asked for.</summary>
/// <param name="HelpfulRate">Helpful / (helpful + not helpful), 0..1; null while nobody said.</param>
/// <param name="HandoffsAfterAnswer">Answers after which the resident went on to a person.</param>
public sealed record ArticleInsightDto(
    string Id,
    string Title,
    string Url,
    long Views,
    int Answers,
    int Helpful,
    int NotHelpful,
    double? HelpfulRate,
    int HandoffsAfterAnswer,
    DateTimeOffset? LastAnswered);
