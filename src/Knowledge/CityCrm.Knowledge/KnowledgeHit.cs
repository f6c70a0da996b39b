namespace CityCrm.Knowledge;

/// <summary>One ranked article for a question.</summary>
public sealed record KnowledgeHit(string ArticleId, string Title, string Summary, float Score)
{
    /// <summary>The published version of the article that was found, so an answer can cite it exactly.</summary>
    public int Version { get; init; } = 1;

    /// <summary>The article's language.</summary>
    public string Language { get; init; } = "en";
}
