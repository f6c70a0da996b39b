namespace CityCrm.Knowledge.Indexing;

/// <summary>The Lucene field names of an indexed article and how much each counts in a search.</summary>
internal static class ArticleFields
{
    public const string Id = "id";
    public const string Title = "title";
    public const string Questions = "questions";
    public const string Summary = "summary";
    public const string Body = "body";
    public const string Tags = "tags";
    public const string Department = "department";
    public const string Language = "language";
    public const string Version = "version";

    /// <summary>Fields a question is matched against, with their boosts: how residents phrase it counts most.</summary>
    public static readonly IReadOnlyList<(string Field, float Boost)> Searched =
    [
        (Questions, 3.0f),
        (Title, 2.5f),
        (Tags, 2.0f),
        (Summary, 1.2f),
        (Body, 0.5f),
    ];

    /// <summary>Fields that name what the article is about.</summary>
    public static readonly IReadOnlyList<string> Topic = [Title, Tags];

    /// <summary>Fields whose match means the article is about the term, not merely mentions it.</summary>
    public static readonly IReadOnlyList<string> Strong = [Title, Tags, Questions];
}
