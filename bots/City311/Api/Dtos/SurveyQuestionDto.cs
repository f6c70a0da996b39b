namespace CityCrm.City311.Api.Dtos;

/// <summary>A survey question as supervisors define it: kind rating, choice or text; choices for a choice question; Spanish optional.</summary>
public sealed record SurveyQuestionDto(
    string? Id, string? Kind, string? Text, string? TextEs = null, List<string>? Choices = null, List<string>? ChoicesEs = null, bool? Optional = null);
