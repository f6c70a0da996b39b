namespace CityCrm.Conversations.Surveys;

/// <summary>An audience: listed contacts, and/or every contact with a tag.</summary>
public sealed record SurveyAudienceRequest(IReadOnlyList<string> ContactIds, string? Tag);
