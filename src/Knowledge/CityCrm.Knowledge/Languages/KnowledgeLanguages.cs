namespace CityCrm.Knowledge.Languages;

/// <summary>The languages articles and questions are analyzed in.</summary>
public static class KnowledgeLanguages
{
    /// <summary>English: the source language of the city's articles.</summary>
    public const string English = "en";

    /// <summary>Spanish.</summary>
    public const string Spanish = "es";

    /// <summary>Every supported language, the source language first.</summary>
    public static IReadOnlyList<string> All { get; } = [English, Spanish];

    /// <summary>
    /// The supported language a BCP 47 tag names ("es-MX" is Spanish), or null when it names none. Any
    /// unsupported article language is analyzed as English, which is what the index did before languages.
    /// </summary>
    public static string? Normalize(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
            return null;
        var primary = tag.Trim().Split('-', '_')[0].ToLowerInvariant();
        return All.Contains(primary) ? primary : null;
    }

    /// <summary>The language an article is indexed in: its own when supported, else English.</summary>
    public static string OfArticle(string? language) => Normalize(language) ?? English;
}
