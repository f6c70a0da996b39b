namespace CityCrm.Knowledge.Editorial;

/// <summary>One saved version of an article: never changed once written.</summary>
/// <param name="Number">1 for the first version, then 2, 3, ...</param>
/// <param name="Content">The full article as saved (every <see cref="Article"/> field).</param>
/// <param name="Author">The staff user name of whoever saved it ("import" for content that predates the history).</param>
/// <param name="AuthorName">The author's display name, shown to colleagues.</param>
/// <param name="Comment">What changed and why, in the author's words.</param>
public sealed record ArticleVersion(
    int Number,
    Article Content,
    string Author,
    string AuthorName,
    DateTimeOffset At,
    string? Comment);
