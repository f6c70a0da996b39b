namespace CityCrm.City311.Api.Dtos;

/// <summary>A question an editor tries out.</summary>
/// <param name="Question">Asked as a resident would type it.</param>
/// <param name="Language">The resident's language ("en", "es"); told from the question when absent.</param>
/// <param name="Day">The day to answer for (articles outside their validity window do not answer); today when absent.</param>
public sealed record KnowledgeTryRequest(string? Question, string? Language, DateOnly? Day);
