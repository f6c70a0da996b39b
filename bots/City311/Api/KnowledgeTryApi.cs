using CityCrm.City311.Api.Dtos;
using CityCrm.Conversations.Agents;
using CityCrm.Knowledge;
using CityCrm.Knowledge.Answers;
using CityCrm.Knowledge.Languages;
using CityCrm.Knowledge.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityCrm.City311.Api;

/// <summary>
/// "Try it" for editors (<c>POST /api/knowledge/try</c>, editor policy): runs a question through exactly the
/// search residents get and returns the decision, the answer on each channel, and for every hit which
/// article fields matched which words of the question.
/// </summary>
public static class KnowledgeTryApi
{
    /// <summary>Hits shown for a tried question.</summary>
    public const int Top = 5;

    public static IEndpointRouteBuilder MapKnowledgeTry(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/knowledge/try", TryAsync)
            .WithTags("Knowledge")
            .RequireAuthorization(AgentPolicies.Editor);
        return endpoints;
    }

    private static async Task<Results<Ok<KnowledgeTryResponse>, ValidationProblem>> TryAsync(
        KnowledgeTryRequest request, KnowledgeSearch search, IArticleStore store, HttpContext context, CancellationToken cancellationToken)
    {
        var errors = Validate(request);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        var query = new KnowledgeQuery(request.Question!.Trim(), Top) { Language = KnowledgeLanguages.Normalize(request.Language), Day = request.Day };
        var explained = await search.ExplainAsync(query, cancellationToken);
        var result = explained.Result;
        var hits = result.Hits.Select((hit, i) => new KnowledgeTryHitDto(
            hit.ArticleId, hit.Title, hit.Language, hit.Version, Math.Round((double)hit.Score, 3), KnowledgePages.Url(hit.ArticleId),
            explained.Hits[i].MatchedArticleId,
            [.. explained.Hits[i].Matches.Select(m => new KnowledgeTryMatchDto(m.QuestionTerm, m.Field, m.ArticleTerm, m.Kind.ToString()))])).ToList();
        KnowledgeTryChannelsDto? answer = null;
        if (result.Hits.Count > 0 && await store.GetAsync(result.Hits[0].ArticleId, cancellationToken) is { } article)
        {
            var link = $"{context.Request.Scheme}://{context.Request.Host}{KnowledgePages.Url(article.Id)}";
            var channels = ChannelAnswerComposer.Compose(article, link);
            answer = new KnowledgeTryChannelsDto(article.Id, channels.WebChat, channels.Link, channels.Sms, channels.Voice);
        }
        return TypedResults.Ok(new KnowledgeTryResponse(
            result.Question, explained.Language, explained.SearchedLanguage, explained.Day,
            result.Decision.ToString(), result.Confidence, answer, hits));
    }

    private static Dictionary<string, string[]> Validate(KnowledgeTryRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Question))
            errors["question"] = ["Type a question to try."];
        else if (request.Question.Length > KnowledgeApi.MaxQuestionLength)
            errors["question"] = [$"A question is at most {KnowledgeApi.MaxQuestionLength} characters."];
        if (!string.IsNullOrWhiteSpace(request.Language) && KnowledgeLanguages.Normalize(request.Language) is null)
            errors["language"] = [$"Use one of: {string.Join(", ", KnowledgeLanguages.All)}."];
        return errors;
    }
}
