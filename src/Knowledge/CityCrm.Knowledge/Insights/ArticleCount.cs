namespace CityCrm.Knowledge.Insights;

/// <summary>How many times an article came up for a cluster's questions.</summary>
public sealed record ArticleCount(string ArticleId, int Count);
