namespace CityCrm.City311.Api.Dtos;

/// <summary>What the bot would do with a question, and why.</summary>
/// <param name="Language">The language the question was taken to be in.</param>
/// <param name="SearchedLanguage">The language of the articles the hits came from.</param>
/// <param name="Decision">Answer, Clarify or OfferHandoff.</param>
/// <param name="Answer">The top article's answer on each channel; null without hits.</param>
public sealed record KnowledgeTryResponse(
    string Question,
    string Language,
    string SearchedLanguage,
    DateOnly Day,
    string Decision,
    double Confidence,
    KnowledgeTryChannelsDto? Answer,
    IReadOnlyList<KnowledgeTryHitDto> Hits);
