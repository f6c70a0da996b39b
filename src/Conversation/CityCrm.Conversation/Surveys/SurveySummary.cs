namespace CityCrm.Conversations.Surveys;

/// <summary>A survey's results: its runs by state (scheduled, asking, completed, abandoned, skipped) and each question's summary.</summary>
public sealed record SurveySummary(string SurveyId, string Title, IReadOnlyDictionary<string, int> Runs, IReadOnlyList<QuestionSummary> Questions);
