namespace CityCrm.City311.Api.Dtos;

/// <summary>What the bot told a resident for one question, with the exact article version it cited.</summary>
/// <param name="Outcome"><c>answered</c>, <c>offeredChoices</c> or <c>declined</c>.</param>
/// <param name="Helpful">The resident's feedback, when given.</param>
public sealed record AnswerRecordDto(
    string Id,
    DateTimeOffset At,
    string MessageId,
    string Channel,
    string Language,
    string Question,
    string Outcome,
    string Decision,
    double Confidence,
    string? ArticleId,
    int? ArticleVersion,
    bool? Helpful,
    DateTimeOffset? HandoffAt,
    IReadOnlyList<AnswerHitDto> Hits);
