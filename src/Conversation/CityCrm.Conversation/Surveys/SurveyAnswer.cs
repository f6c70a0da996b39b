namespace CityCrm.Conversations.Surveys;

/// <summary>One answer: a rating (1 to 5), or the chosen choice or free text in <see cref="Text"/>.</summary>
public sealed record SurveyAnswer(
    string RunId, string SurveyId, string QuestionId, string ChannelId, int? Rating, string? Text, DateTimeOffset AnsweredAt);
