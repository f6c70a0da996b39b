namespace CityCrm.City311.Api.Dtos;

/// <summary>Who gets a survey: listed contacts and/or every contact with a tag (at least one of the two).</summary>
public sealed record SendSurveyRequest(List<string>? ContactIds, string? Tag);
