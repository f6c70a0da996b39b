namespace CityCrm.Knowledge.Evaluation;

/// <summary>A resident's question and the article that answers it; <see cref="ExpectedId"/> is null when no article should (the bot must decline).</summary>
/// <param name="Language">The language the question is written in, for per-language figures ("en" unless the line says otherwise).</param>
public sealed record EvaluationQuestion(string Question, string? ExpectedId, string Language = "en");
