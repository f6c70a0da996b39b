using CityCrm.Conversations.Supervision;

namespace CityCrm.Conversations.Surveys;

/// <summary>The dashboard's satisfaction answers: the ratings residents gave in the satisfaction survey.</summary>
public sealed class SurveyCsatSource(ISurveyStore store) : ICsatSource
{
    public async Task<IReadOnlyList<CsatAnswer>> ListAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        [.. (await store.ListAnswersAsync(CsatSurvey.Id, from, to, cancellationToken))
            .Where(a => a.QuestionId == CsatSurvey.RatingQuestion && a.Rating is not null)
            .Select(a => new CsatAnswer(a.AnsweredAt, a.ChannelId, a.Rating!.Value))];
}
