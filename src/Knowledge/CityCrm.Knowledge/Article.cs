namespace CityCrm.Knowledge;

/// <summary>A knowledge article residents are answered from.</summary>
/// <param name="Id">Stable slug, used in the resident URL <c>/kb/{Id}</c>.</param>
/// <param name="Questions">Alternate phrasings of the questions this article answers.</param>
public sealed record Article(
    string Id,
    string Title,
    string Summary,
    string Body,
    IReadOnlyList<string> Questions,
    IReadOnlyList<string> Tags,
    string? Department,
    string Language = "en");
