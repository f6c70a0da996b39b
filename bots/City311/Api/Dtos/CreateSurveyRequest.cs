namespace CityCrm.City311.Api.Dtos;

/// <summary>A new structured survey: a title and 1 to 20 questions, asked in order.</summary>
public sealed record CreateSurveyRequest(string? Title, List<SurveyQuestionDto>? Questions);
