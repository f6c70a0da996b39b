using CityCrm.Conversations.Surveys;

namespace CityCrm.City311.Api.Dtos;

/// <summary>A survey as the API shows it.</summary>
public sealed record SurveyDto(string Id, string Title, List<SurveyQuestionDto> Questions, string CreatedBy, DateTimeOffset CreatedAt)
{
    public static SurveyDto From(SurveyDefinition survey) => new(survey.Id, survey.Title,
        [.. survey.Questions.Select(q => new SurveyQuestionDto(q.Id, q.Kind.ToString().ToLowerInvariant(), q.Text, q.TextEs,
            q.Choices?.ToList(), q.ChoicesEs?.ToList(), q.Optional))],
        survey.CreatedBy, survey.CreatedAt);
}
