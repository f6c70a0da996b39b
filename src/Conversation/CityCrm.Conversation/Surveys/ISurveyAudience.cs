namespace CityCrm.Conversations.Surveys;

/// <summary>
/// Who a structured survey goes to. The default takes the listed contacts and those carrying a tag; a segment
/// engine registers its own implementation before <c>AddSurveys</c> to replace it.
/// </summary>
public interface ISurveyAudience
{
    /// <summary>The contacts the request names, each once.</summary>
    Task<IReadOnlyList<string>> ResolveAsync(SurveyAudienceRequest request, CancellationToken cancellationToken);
}
