using System.Text.RegularExpressions;
using CityCrm.City311.Api.Dtos;
using CityCrm.Conversations.Surveys;

namespace CityCrm.City311.Api;

/// <summary>Checks a survey definition from the API, naming every bad field at once (<c>questions[1].choices</c>...).</summary>
public static partial class SurveyDefinitionReader
{
    public const int MaxQuestions = 20;
    public const int MaxChoices = 10;

    /// <summary>The questions when the request is valid; otherwise the problems by field.</summary>
    public static (List<SurveyQuestion> Questions, Dictionary<string, string[]> Errors) Read(CreateSurveyRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Title) || request.Title.Trim().Length > 200)
            errors["title"] = ["A title of 1 to 200 characters is required."];
        var given = request.Questions ?? [];
        if (given.Count is 0 or > MaxQuestions)
            errors["questions"] = [$"Give 1 to {MaxQuestions} questions."];
        var questions = new List<SurveyQuestion>();
        for (var i = 0; i < Math.Min(given.Count, MaxQuestions); i++)
        {
            var field = $"questions[{i}]";
            var q = given[i] ?? new SurveyQuestionDto(null, null, null);
            var id = string.IsNullOrWhiteSpace(q.Id) ? $"q{i + 1}" : q.Id.Trim();
            if (!Slug().IsMatch(id) || questions.Any(x => x.Id == id))
                errors[field + ".id"] = ["A question id is 1 to 40 lowercase letters, digits or dashes, unique in the survey."];
            if (!Enum.TryParse<SurveyQuestionKind>(q.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(q.Kind, out _))
                errors[field + ".kind"] = ["The kind is rating, choice or text."];
            if (string.IsNullOrWhiteSpace(q.Text) || q.Text.Trim().Length > 500)
                errors[field + ".text"] = ["The question's text (1 to 500 characters) is required."];
            var choices = (q.Choices ?? []).Select(c => c?.Trim() ?? "").ToList();
            if (kind == SurveyQuestionKind.Choice && (choices.Count is < 2 or > MaxChoices || choices.Any(c => c.Length is 0 or > 100)
                || choices.Distinct(StringComparer.OrdinalIgnoreCase).Count() != choices.Count))
                errors[field + ".choices"] = [$"A choice question needs 2 to {MaxChoices} different choices of 1 to 100 characters."];
            if (q.ChoicesEs is { } es && es.Count != choices.Count)
                errors[field + ".choicesEs"] = ["The Spanish choices must match the English ones one for one."];
            questions.Add(new SurveyQuestion(id, kind, q.Text?.Trim() ?? "", string.IsNullOrWhiteSpace(q.TextEs) ? null : q.TextEs.Trim(),
                kind == SurveyQuestionKind.Choice ? choices : null, kind == SurveyQuestionKind.Choice ? q.ChoicesEs?.Select(c => c.Trim()).ToList() : null,
                kind == SurveyQuestionKind.Text && q.Optional == true));
        }
        return (questions, errors);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex Slug();
}
