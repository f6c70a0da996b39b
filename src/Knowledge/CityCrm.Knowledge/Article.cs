namespace CityCrm.Knowledge;

/// <summary>A knowledge article residents are answered from (as published; drafts live in the editorial history).</summary>
/// <param name="Id">Stable slug, used in the resident URL <c>/kb/{Id}</c>.</param>
/// <param name="Questions">Alternate phrasings of the questions this article answers.</param>
/// <param name="Language">BCP 47 language code of the article: "en" or "es".</param>
public sealed record Article(
    string Id,
    string Title,
    string Summary,
    string Body,
    IReadOnlyList<string> Questions,
    IReadOnlyList<string> Tags,
    string? Department,
    string Language = "en")
{
    /// <summary>The longest SMS variant an article may carry.</summary>
    public const int MaxSmsLength = 320;

    /// <summary>The staff member responsible for keeping the article right.</summary>
    public string? Owner { get; init; }

    /// <summary>Who the article is written for, e.g. "residents", "businesses".</summary>
    public string? Audience { get; init; }

    /// <summary>Ids of related articles, shown to residents next to this one.</summary>
    public IReadOnlyList<string> Related { get; init; } = [];

    /// <summary>First day the article answers residents (city-local date); null for always.</summary>
    public DateOnly? ValidFrom { get; init; }

    /// <summary>Last day the article answers residents (inclusive); null for no end.</summary>
    public DateOnly? ValidUntil { get; init; }

    /// <summary>The short answer sent by SMS (at most <see cref="MaxSmsLength"/> characters).</summary>
    public string? SmsAnswer { get; init; }

    /// <summary>The answer spoken on a phone call: plain, short sentences.</summary>
    public string? VoiceAnswer { get; init; }

    /// <summary>For a translation: the id of the source-language article it translates.</summary>
    public string? TranslationOf { get; init; }

    /// <summary>For a translation: the source article's version it was last brought up to date with.</summary>
    public int? SourceVersion { get; init; }

    /// <summary>The published version number (1 for content imported without history).</summary>
    public int Version { get; init; } = 1;

    /// <summary>Whether the article answers residents on <paramref name="day"/>.</summary>
    public bool IsValidOn(DateOnly day) =>
        (ValidFrom is not { } from || day >= from) && (ValidUntil is not { } until || day <= until);
}
