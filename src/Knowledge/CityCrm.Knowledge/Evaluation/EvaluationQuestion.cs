namespace CityCrm.Knowledge.Evaluation;

/// <summary>A resident's question and the article that answers it; <see cref="ExpectedId"/> is null when no article should (the bot must decline).</summary>
public sealed record EvaluationQuestion(string Question, string? ExpectedId);
