using CityCrm.Channels;
using CityCrm.City311.Api.Dtos;
using CityCrm.Conversations;
using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Model;
using CityCrm.Knowledge;
using CityCrm.Knowledge.Answers;
using CityCrm.Knowledge.Languages;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CityCrm.City311.Api;

/// <summary>
/// Knowledge articles to insert into a reply (<c>/api/agent</c>, agent policy): the resident search, with each hit's
/// text in the variant the conversation's channel needs: the short SMS answer where a message must stay short,
/// the summary with the article's link elsewhere.
/// </summary>
public static class ReplyArticlesApi
{
    /// <summary>Articles listed for one search.</summary>
    public const int Top = 5;

    public static IEndpointRouteBuilder MapReplyArticlesApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/agent").WithTags("Agent console").RequireAuthorization(AgentPolicies.Agent)
            .MapGet("/conversations/{id}/articles", SearchAsync);
        return endpoints;
    }

    /// <summary>True for channels whose messages must stay short (the article's SMS answer is used).</summary>
    public static bool WantsShortAnswer(string channelId) =>
        channelId is ChannelIds.Sms or ChannelIds.WhatsApp or ChannelIds.Voice;

    private static async Task<Results<Ok<IReadOnlyList<ReplyArticleDto>>, ValidationProblem, ProblemHttpResult>> SearchAsync(
        string id, string? q, IConversationStore store, IKnowledgeSearch search, IArticleStore articles,
        IOptions<ConversationOptions> options, HttpRequest request, CancellationToken cancellationToken)
    {
        var question = q?.Trim();
        if (string.IsNullOrEmpty(question) || question.Length > KnowledgeApi.MaxQuestionLength)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["q"] = [string.IsNullOrEmpty(question) ? "Type what to search for." : $"Search with at most {KnowledgeApi.MaxQuestionLength} characters."],
            });
        if (await store.GetAsync(id, cancellationToken) is not { } conversation)
            return ConsoleProblems.ConversationNotFound(id);
        var result = await search.SearchAsync(new KnowledgeQuery(question, Top) { Language = KnowledgeLanguages.Normalize(conversation.Locale) }, cancellationToken);
        var site = string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl) ? $"{request.Scheme}://{request.Host}" : options.Value.PublicBaseUrl.TrimEnd('/');
        var found = new List<ReplyArticleDto>(result.Hits.Count);
        foreach (var hit in result.Hits)
        {
            if (await articles.GetAsync(hit.ArticleId, cancellationToken) is not { } article)
                continue;
            var url = site + KnowledgePages.Url(article.Id);
            var answers = ChannelAnswerComposer.Compose(article, url);
            var brief = WantsShortAnswer(conversation.ChannelId);
            found.Add(new ReplyArticleDto(article.Id, article.Title, article.Summary, brief ? "sms" : "full", brief ? answers.Sms : answers.WebChat, url));
        }
        return TypedResults.Ok<IReadOnlyList<ReplyArticleDto>>(found);
    }
}
