using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Surveys;

/// <summary>Finds a survey by id: the built-in satisfaction survey, or one a supervisor defined.</summary>
public sealed class SurveyCatalog(ISurveyStore store, IOptions<ConversationOptions> options)
{
    public async Task<SurveyDefinition?> GetAsync(string surveyId, CancellationToken cancellationToken) =>
        surveyId == CsatSurvey.Id ? CsatSurvey.Definition(options.Value.CityName) : await store.GetSurveyAsync(surveyId, cancellationToken);
}
