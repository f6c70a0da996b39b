namespace CityCrm.Conversations.Surveys;

/// <summary>Surveys, the runs putting them to residents, and their answers.</summary>
public interface ISurveyStore
{
    /// <summary>Stores a new survey definition.</summary>
    Task CreateSurveyAsync(SurveyDefinition survey, CancellationToken cancellationToken);

    /// <summary>The survey with that id, or null.</summary>
    Task<SurveyDefinition?> GetSurveyAsync(string surveyId, CancellationToken cancellationToken);

    /// <summary>Every defined survey, newest first.</summary>
    Task<IReadOnlyList<SurveyDefinition>> ListSurveysAsync(CancellationToken cancellationToken);

    /// <summary>Stores a run unless one with the same subject exists (then false: each subject is surveyed once).</summary>
    Task<bool> ScheduleAsync(SurveyRun run, CancellationToken cancellationToken);

    /// <summary>The run with that id, or null.</summary>
    Task<SurveyRun?> GetRunAsync(string runId, CancellationToken cancellationToken);

    /// <summary>Scheduled runs due at <paramref name="now"/>, earliest first.</summary>
    Task<IReadOnlyList<SurveyRun>> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>The run waiting for an answer in the conversation, or null.</summary>
    Task<SurveyRun?> FindAskingAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Moves a run from <paramref name="expected"/> to <paramref name="updated"/>'s state, question and times; false
    /// (nothing written) when the stored run is no longer in <paramref name="expected"/> at the same question.
    /// </summary>
    Task<bool> UpdateAsync(SurveyRun updated, SurveyRunState expected, int expectedQuestion, CancellationToken cancellationToken);

    /// <summary>Stores an answer and moves its run on in one transaction (see <see cref="UpdateAsync"/>); false when the run moved first.</summary>
    Task<bool> AnswerAsync(SurveyAnswer answer, SurveyRun updated, int expectedQuestion, CancellationToken cancellationToken);

    /// <summary>The answers to a survey given in the half-open period, oldest first.</summary>
    Task<IReadOnlyList<SurveyAnswer>> ListAnswersAsync(string surveyId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>How many of the survey's runs are in each state.</summary>
    Task<IReadOnlyDictionary<SurveyRunState, int>> CountRunsAsync(string surveyId, CancellationToken cancellationToken);

    /// <summary>Cases closed after <paramref name="since"/> with a conversation and no satisfaction run yet, oldest first.</summary>
    Task<IReadOnlyList<ClosedCase>> ClosedCasesWithoutSurveyAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken);

    /// <summary>Contacts whose profile carries <paramref name="tag"/> (case-insensitive).</summary>
    Task<IReadOnlyList<string>> ContactsTaggedAsync(string tag, CancellationToken cancellationToken);
}
