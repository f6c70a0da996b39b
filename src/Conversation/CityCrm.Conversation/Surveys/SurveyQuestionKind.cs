namespace CityCrm.Conversations.Surveys;

/// <summary>How a survey question is answered.</summary>
public enum SurveyQuestionKind
{
    /// <summary>A number from 1 to 5.</summary>
    Rating = 0,
    /// <summary>One of the question's choices, by its title or its number.</summary>
    Choice = 1,
    /// <summary>Free text.</summary>
    Text = 2,
}
