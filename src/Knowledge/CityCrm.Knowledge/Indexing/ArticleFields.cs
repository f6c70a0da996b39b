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

    /// <summary>The language the article was analyzed in (a supported code), which searches filter on.</summary>
    public const string SearchLanguage = "search_language";

    /// <summary>Every word of the title, tags, questions and summary, where misspellings are looked up.</summary>
    public const string Words = "words";

    /// <summary>For a translation: the id of the article it translates.</summary>
    public const string TranslationOf = "translation_of";

    /// <summary>First day (<see cref="DateOnly.DayNumber"/>) the article answers; 0 when it always has.</summary>
    public const string ValidFrom = "valid_from";

    /// <summary>Last day (<see cref="DateOnly.DayNumber"/>) the article answers; <see cref="int.MaxValue"/> when it has no end.</summary>
    public const string ValidUntil = "valid_until";

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
