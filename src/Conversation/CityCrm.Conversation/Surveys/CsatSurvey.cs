namespace CityCrm.Conversations.Surveys;

/// <summary>The built-in satisfaction survey: a rating from 1 to 5, then an optional comment.</summary>
public static class CsatSurvey
{
    public const string Id = "csat";
    public const string RatingQuestion = "rating";
    public const string CommentQuestion = "comment";

    /// <summary>The survey with its questions in English and Spanish, as the messages word them.</summary>
    public static SurveyDefinition Definition(string question, string questionEs, string comment, string commentEs) => new(Id, "Satisfaction",
        [
            new SurveyQuestion(RatingQuestion, SurveyQuestionKind.Rating, question, questionEs),
            new SurveyQuestion(CommentQuestion, SurveyQuestionKind.Text, comment, commentEs, Optional: true),
        ], "system", DateTimeOffset.UnixEpoch);

    /// <summary>The subject of the satisfaction survey after a conversation.</summary>
    public static string ConversationSubject(string conversationId) => "conversation:" + conversationId;

    /// <summary>The subject of the satisfaction survey after a case.</summary>
    public static string CaseSubject(string reference) => "case:" + reference;
}
