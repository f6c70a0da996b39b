using System.Globalization;
using CityCrm.Conversations.Supervision;

namespace CityCrm.Conversations.Surveys;

/// <summary>Summarizes a survey's answers per question, as JSON or as a CSV table.</summary>
public sealed class SurveyResults(ISurveyStore store)
{
    private const int MaxTexts = 200;

    /// <summary>The summary of every answer given so far.</summary>
    public async Task<SurveySummary> SummarizeAsync(SurveyDefinition survey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var answers = await store.ListAnswersAsync(survey.Id, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, cancellationToken);
        var runs = await store.CountRunsAsync(survey.Id, cancellationToken);
        var questions = survey.Questions.Select(q => Summarize(q, answers.Where(a => a.QuestionId == q.Id).ToList())).ToList();
        return new SurveySummary(survey.Id, survey.Title,
            Enum.GetValues<SurveyRunState>().ToDictionary(s => s.ToString().ToLowerInvariant(), s => runs.GetValueOrDefault(s)), questions);
    }

    /// <summary>One row per question and answer value (score, choice, or text) with its count, for the CSV export.</summary>
    public static ReportTable Table(SurveySummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var q in summary.Questions)
        {
            foreach (var (value, count) in q.Counts)
                rows.Add([q.QuestionId, q.Kind, q.Text, value, count]);
            foreach (var text in q.Texts)
                rows.Add([q.QuestionId, q.Kind, q.Text, text, 1]);
        }
        return new ReportTable("survey-" + summary.SurveyId, ["question", "kind", "text", "answer", "count"], rows);
    }

    private static QuestionSummary Summarize(SurveyQuestion question, List<SurveyAnswer> answers)
    {
        var kind = question.Kind.ToString().ToLowerInvariant();
        return question.Kind switch
        {
            SurveyQuestionKind.Rating => new QuestionSummary(question.Id, kind, question.Text, answers.Count,
                answers.Count == 0 ? null : Math.Round(answers.Average(a => a.Rating ?? 0), 2),
                Enumerable.Range(1, 5).ToDictionary(n => n.ToString(CultureInfo.InvariantCulture), n => answers.Count(a => a.Rating == n)), []),
            SurveyQuestionKind.Choice => new QuestionSummary(question.Id, kind, question.Text, answers.Count, null,
                (question.Choices ?? []).ToDictionary(c => c, c => answers.Count(a => a.Text == c)), []),
            _ => new QuestionSummary(question.Id, kind, question.Text, answers.Count, null, new Dictionary<string, int>(),
                [.. answers.OrderByDescending(a => a.AnsweredAt).Select(a => a.Text ?? "").Take(MaxTexts)]),
        };
    }
}
