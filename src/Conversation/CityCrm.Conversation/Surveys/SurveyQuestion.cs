namespace CityCrm.Conversations.Surveys;

/// <summary>One question of a survey, in English and (optionally) Spanish.</summary>
/// <param name="Id">Unique within the survey; answers and results are keyed by it.</param>
/// <param name="Kind">Rating (1 to 5), choice or free text.</param>
/// <param name="Text">The question in English.</param>
/// <param name="TextEs">The question in Spanish; English is used when absent.</param>
/// <param name="Choices">The choices of a choice question, in English.</param>
/// <param name="ChoicesEs">The same choices in Spanish, in the same order.</param>
/// <param name="Optional">A free-text question the resident may skip.</param>
public sealed record SurveyQuestion(
    string Id, SurveyQuestionKind Kind, string Text, string? TextEs = null,
    IReadOnlyList<string>? Choices = null, IReadOnlyList<string>? ChoicesEs = null, bool Optional = false)
{
    /// <summary>The question in <paramref name="language"/> (en or es).</summary>
    public string TextIn(string language) => language == "es" && !string.IsNullOrWhiteSpace(TextEs) ? TextEs : Text;

    /// <summary>The choices in <paramref name="language"/>, falling back to English when no translation has them all.</summary>
    public IReadOnlyList<string> ChoicesIn(string language) =>
        language == "es" && ChoicesEs is { } es && es.Count == (Choices?.Count ?? 0) ? es : Choices ?? [];
}
