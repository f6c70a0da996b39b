namespace CityCrm.Knowledge.Editorial;

/// <summary>Whether a translation still matches the source article it was made from.</summary>
public static class TranslationParity
{
    /// <summary>
    /// True when <paramref name="translation"/> translates an article whose published version is newer than
    /// the version it was brought up to date with (a missing source version counts as none).
    /// </summary>
    /// <param name="sourcePublishedVersion">The source article's published version; null when it is not published.</param>
    public static bool IsOutOfDate(Article translation, int? sourcePublishedVersion)
    {
        ArgumentNullException.ThrowIfNull(translation);
        return translation.TranslationOf is not null
            && sourcePublishedVersion is { } published
            && published > (translation.SourceVersion ?? 0);
    }
}
