namespace CityCrm.Knowledge;

/// <summary>The ranked hits for a question, the confidence in the first one (0..1) and the decision it implies.</summary>
public sealed record KnowledgeResult(string Question, IReadOnlyList<KnowledgeHit> Hits, double Confidence, AnswerDecision Decision);
