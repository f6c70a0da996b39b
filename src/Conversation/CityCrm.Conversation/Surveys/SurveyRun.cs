namespace CityCrm.Conversations.Surveys;

/// <summary>One survey put to one resident in one conversation.</summary>
/// <param name="Id">The run's id.</param>
/// <param name="SurveyId">The survey (<see cref="CsatSurvey.Id"/> for satisfaction after a conversation or a case).</param>
/// <param name="Subject">What it is about, unique: <c>conversation:{id}</c>, <c>case:{reference}</c>, <c>survey:{id}:{contact}</c>.</param>
/// <param name="ContactId">Who is asked.</param>
/// <param name="ConversationId">Where the questions are asked and answered.</param>
/// <param name="ChannelId">That conversation's channel (results are counted per channel).</param>
/// <param name="Language">en or es.</param>
/// <param name="State">Where it stands.</param>
/// <param name="QuestionIndex">The question asked (or to ask next).</param>
/// <param name="DueAt">When the first question may go out.</param>
/// <param name="AskedAt">When the latest question went out.</param>
/// <param name="FinishedAt">When it was completed, abandoned or skipped.</param>
/// <param name="Outcome">Why it was skipped or abandoned, for staff.</param>
public sealed record SurveyRun(
    string Id, string SurveyId, string Subject, string ContactId, string ConversationId, string ChannelId, string Language,
    SurveyRunState State, int QuestionIndex, DateTimeOffset DueAt, DateTimeOffset? AskedAt = null, DateTimeOffset? FinishedAt = null,
    string? Outcome = null)
{
    /// <summary>A new run's id.</summary>
    public static string NewId() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));
}
