namespace CityCrm.Knowledge;

/// <summary>Answers residents' questions from the published articles.</summary>
public interface IKnowledgeSearch
{
    /// <summary>Searches for <paramref name="question"/> as plain text (query syntax is never interpreted).</summary>
    Task<KnowledgeResult> SearchAsync(string question, int top, CancellationToken cancellationToken);

    /// <summary>Searches with the resident's language and the day taken into account.</summary>
    Task<KnowledgeResult> SearchAsync(KnowledgeQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return SearchAsync(query.Question, query.Top, cancellationToken);
    }
}
