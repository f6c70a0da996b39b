namespace CityCrm.Knowledge.Insights;

/// <summary>One article the search returned for a recorded question: which, in which published version, how relevant (0..1).</summary>
public sealed record AnswerRecordHit(string ArticleId, int Version, double Score);
