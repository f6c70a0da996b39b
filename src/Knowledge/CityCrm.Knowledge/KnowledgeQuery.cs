namespace CityCrm.Knowledge;

/// <summary>A resident's question with what the search should know about who asks it.</summary>
/// <param name="Question">The question as typed or spoken; never interpreted as query syntax.</param>
/// <param name="Top">How many hits to return.</param>
public sealed record KnowledgeQuery(string Question, int Top = 5)
{
    /// <summary>The resident's preferred language ("en", "es"), when known; otherwise it is told from the question.</summary>
    public string? Language { get; init; }

    /// <summary>The day to answer for (city-local); articles outside their validity window do not answer. Null for today.</summary>
    public DateOnly? Day { get; init; }
}
