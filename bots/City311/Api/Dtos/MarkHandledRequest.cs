namespace CityCrm.City311.Api.Dtos;

/// <summary>Questions an editor dealt with, and the article improved for them, if any.</summary>
public sealed record MarkHandledRequest(IReadOnlyList<string>? QuestionIds, string? ArticleId)
{
    /// <summary>The most ids one request may mark.</summary>
    public const int MaxQuestions = 1000;
}
