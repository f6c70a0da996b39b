namespace CityCrm.Conversations.Surveys;

/// <summary>The built-in satisfaction survey: a rating from 1 to 5, then an optional comment.</summary>
public static class CsatSurvey
{
    public const string Id = "csat";
    public const string RatingQuestion = "rating";
    public const string CommentQuestion = "comment";

    /// <summary>The survey with the city's name in its wording.</summary>
    public static SurveyDefinition Definition(string cityName) => new(Id, "Satisfaction",
        [
            new SurveyQuestion(RatingQuestion, SurveyQuestionKind.Rating,
                SurveyTexts.English.CsatQuestion.Replace("{city}", cityName, StringComparison.Ordinal),
                SurveyTexts.Spanish.CsatQuestion.Replace("{city}", cityName, StringComparison.Ordinal)),
            new SurveyQuestion(CommentQuestion, SurveyQuestionKind.Text, SurveyTexts.English.CsatComment, SurveyTexts.Spanish.CsatComment,
                Optional: true),
        ], "system", DateTimeOffset.UnixEpoch);

    /// <summary>The subject of the satisfaction survey after a conversation.</summary>
    public static string ConversationSubject(string conversationId) => "conversation:" + conversationId;

    /// <summary>The subject of the satisfaction survey after a case.</summary>
    public static string CaseSubject(string reference) => "case:" + reference;
}
