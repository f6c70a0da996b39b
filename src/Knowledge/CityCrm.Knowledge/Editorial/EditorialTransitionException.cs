namespace CityCrm.Knowledge.Editorial;

/// <summary>An action the article's current status does not allow, such as publishing an archived article.</summary>
public sealed class EditorialTransitionException(string articleId, ArticleStatus status, string action)
    : InvalidOperationException($"Article '{articleId}' is {status}: it cannot be {action}.")
{
    public string ArticleId { get; } = articleId;

    public ArticleStatus Status { get; } = status;
}
