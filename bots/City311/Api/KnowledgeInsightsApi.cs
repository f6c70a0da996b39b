using System.Text.Json;
using CityCrm.City311.Api.Dtos;
using CityCrm.Conversations.Agents;
using CityCrm.Knowledge;
using CityCrm.Knowledge.Insights;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityCrm.City311.Api;

/// <summary>
/// The knowledge base's tuning loop for editors (<c>/api/knowledge/insights</c>): clusters of questions the
/// bot did not help with, per-article analytics, the editors' page <c>/kb/insights/</c>; and, for agents too,
/// what the bot told a resident.
/// </summary>
public static class KnowledgeInsightsApi
{
    /// <summary>The longest period the insights cover, in days.</summary>
    public const int MaxDays = 365;

    public static IEndpointRouteBuilder MapKnowledgeInsights(this IEndpointRouteBuilder endpoints)
    {
        var insights = endpoints.MapGroup("/api/knowledge/insights").WithTags("Knowledge insights")
            .RequireAuthorization(AgentPolicies.Editor);
        insights.MapGet("/unanswered", UnansweredAsync);
        insights.MapPost("/clusters/handled", MarkHandledAsync);
        insights.MapGet("/articles", ArticlesAsync);

        // An agent reads it to see what a resident was told before the hand-off; an editor to check an answer.
        endpoints.MapGet("/api/knowledge/answers", AnswersAsync).WithTags("Knowledge insights")
            .RequireAuthorization(policy => policy.RequireAuthenticatedUser().RequireRole([.. AgentPolicies.AgentRoles, .. AgentPolicies.EditorRoles]));

        return endpoints;
    }

    private static async Task<Results<Ok<UnansweredQuestionsResponse>, ValidationProblem>> UnansweredAsync(
        int? days, IAnswerLog log, IArticleStore articles, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (InvalidDays(days) is { } invalid)
            return invalid;
        var period = days ?? 30;
        var now = clock.GetUtcNow();
        var clusters = QuestionClusterer.Cluster(await log.ListSinceAsync(now.AddDays(-period), cancellationToken), now);
        var titles = await TitlesAsync(articles, cancellationToken);
        var dtos = clusters.Select(c => new QuestionClusterDto(
            c.Label, c.Count, c.LastWeek, c.PreviousWeek, Name(c.Trend), c.FirstSeen, c.LastSeen, c.Samples, c.QuestionIds,
            [.. c.OfferedArticles.Select(a => new OfferedArticleDto(a.ArticleId, titles.GetValueOrDefault(a.ArticleId) ?? a.ArticleId, a.Count))])).ToList();
        return TypedResults.Ok(new UnansweredQuestionsResponse(period, dtos.Sum(c => c.Count), dtos));
    }

    private static async Task<Results<Ok<MarkHandledResponse>, ValidationProblem>> MarkHandledAsync(
        MarkHandledRequest request, IAnswerLog log, TimeProvider clock, CancellationToken cancellationToken)
    {
        var ids = request.QuestionIds?.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToList() ?? [];
        if (ids.Count == 0 || ids.Count > MarkHandledRequest.MaxQuestions)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["questionIds"] = [ids.Count == 0 ? "Give the ids of the questions handled." : $"Mark at most {MarkHandledRequest.MaxQuestions} questions at once."],
            });
        var articleId = string.IsNullOrWhiteSpace(request.ArticleId) ? null : request.ArticleId.Trim();
        return TypedResults.Ok(new MarkHandledResponse(await log.MarkHandledAsync(ids, articleId, clock.GetUtcNow(), cancellationToken)));
    }

    private static async Task<Results<Ok<ArticleInsightsResponse>, ValidationProblem>> ArticlesAsync(
        int? days, IAnswerLog log, IArticleViews views, IArticleStore articles, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (InvalidDays(days) is { } invalid)
            return invalid;
        var period = days ?? 30;
        var since = clock.GetUtcNow().AddDays(-period);
        var rows = ArticleAnalytics.Build(
            await articles.ListAsync(cancellationToken),
            await log.ListSinceAsync(since, cancellationToken),
            await views.CountSinceAsync(DateOnly.FromDateTime(since.UtcDateTime), cancellationToken));
        return TypedResults.Ok(new ArticleInsightsResponse(period, [.. rows.Select(a => new ArticleInsightDto(
            a.ArticleId, a.Title, KnowledgePages.Url(a.ArticleId), a.Views, a.Answers, a.Helpful, a.NotHelpful,
            a.HelpfulRate is { } rate ? Math.Round(rate, 3) : null, a.HandoffsAfterAnswer, a.LastAnswered))]));
    }

    private static async Task<Results<Ok<IReadOnlyList<AnswerRecordDto>>, ValidationProblem>> AnswersAsync(
        string? conversationId, IAnswerLog log, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(conversationId))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["conversationId"] = ["Give the conversation's id."] });
        var records = await log.ListForConversationAsync(conversationId, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<AnswerRecordDto>>([.. records.Select(r => new AnswerRecordDto(
            r.Id, r.At, r.MessageId, r.Channel, r.Language, r.Question, Name(r.Outcome), r.Decision.ToString(), Math.Round(r.Confidence, 3),
            r.ArticleId, r.ArticleVersion, r.Helpful, r.HandoffAt, [.. r.Hits.Select(h => new AnswerHitDto(h.ArticleId, h.Version, h.Score))]))]);
    }

    private static ValidationProblem? InvalidDays(int? days) =>
        days is null or (>= 1 and <= MaxDays)
            ? null
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["days"] = [$"Give a number of days from 1 to {MaxDays}."] });

    private static async Task<Dictionary<string, string>> TitlesAsync(IArticleStore articles, CancellationToken cancellationToken) =>
        (await articles.ListAsync(cancellationToken)).ToDictionary(a => a.Id, a => a.Title, StringComparer.Ordinal);

    private static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
