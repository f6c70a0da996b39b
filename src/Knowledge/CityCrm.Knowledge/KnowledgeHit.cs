namespace CityCrm.Knowledge;

/// <summary>One ranked article for a question.</summary>
public sealed record KnowledgeHit(string ArticleId, string Title, string Summary, float Score);
