namespace CityCrm.Knowledge.Editorial;

/// <summary>The editorial history: each article's workflow state and its versions, which are never rewritten.</summary>
public interface IEditorialStore
{
    /// <summary>The article's state with its head content; null when it has no history.</summary>
    Task<EditorialEntry?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every article with a history, by id.</summary>
    Task<IReadOnlyList<EditorialEntry>> ListAsync(CancellationToken cancellationToken);

    /// <summary>One version, or null.</summary>
    Task<ArticleVersion?> GetVersionAsync(string id, int number, CancellationToken cancellationToken);

    /// <summary>Every version of the article, oldest first.</summary>
    Task<IReadOnlyList<ArticleVersion>> ListVersionsAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// Stores <paramref name="record"/> and, when given, the new version it points at, in one transaction.
    /// Refused unless the stored record's revision is still <paramref name="expectedRevision"/> (0: the article
    /// must have no history yet).
    /// </summary>
    /// <exception cref="EditConflictException">The record moved on (or already exists); nothing was written.</exception>
    Task SaveAsync(EditorialRecord record, ArticleVersion? version, int expectedRevision, CancellationToken cancellationToken);
}
