using CityCrm.Conversations.Bot;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Surveys;

/// <summary>Finds a survey by id: the built-in satisfaction survey (worded by the bot's messages), or one a supervisor defined.</summary>
public sealed class SurveyCatalog(ISurveyStore store, BotLanguages languages, BotReplyRenderer renderer, IOptions<ConversationOptions> options)
{
    public async Task<SurveyDefinition?> GetAsync(string surveyId, CancellationToken cancellationToken)
    {
        if (surveyId != CsatSurvey.Id)
            return await store.GetSurveyAsync(surveyId, cancellationToken);
        var (en, es) = (languages.For("en"), languages.For("es"));
        var city = new Dictionary<string, object?> { ["city"] = options.Value.CityName };
        return CsatSurvey.Definition(await renderer.RenderAsync(en.SurveyCsatQuestion, city, cancellationToken),
            await renderer.RenderAsync(es.SurveyCsatQuestion, city, cancellationToken), en.SurveyCsatComment, es.SurveyCsatComment);
    }
}
