namespace CityCrm.Conversations.Surveys;

/// <summary>The listed contacts plus every contact whose profile carries the tag.</summary>
public sealed class ListedContactsAudience(ISurveyStore store) : ISurveyAudience
{
    public async Task<IReadOnlyList<string>> ResolveAsync(SurveyAudienceRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var tagged = string.IsNullOrWhiteSpace(request.Tag) ? [] : await store.ContactsTaggedAsync(request.Tag.Trim(), cancellationToken);
        return [.. request.ContactIds.Where(id => !string.IsNullOrWhiteSpace(id)).Concat(tagged).Distinct(StringComparer.Ordinal)];
    }
}
