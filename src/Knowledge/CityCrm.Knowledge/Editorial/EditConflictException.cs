namespace CityCrm.Knowledge.Editorial;

/// <summary>
/// A change based on an out-of-date view of the article: someone saved (or changed its status) meanwhile.
/// Nothing was written; the editor reloads and applies the change again.
/// </summary>
public sealed class EditConflictException(string articleId, int currentVersion, string currentAuthorName)
    : InvalidOperationException($"{currentAuthorName} saved version {currentVersion} of '{articleId}' meanwhile.")
{
    public string ArticleId { get; } = articleId;

    /// <summary>The head version now.</summary>
    public int CurrentVersion { get; } = currentVersion;

    /// <summary>Display name of whoever saved the head version.</summary>
    public string CurrentAuthorName { get; } = currentAuthorName;
}
