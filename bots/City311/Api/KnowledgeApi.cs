using CityCrm.City311.Api.Dtos;
using CityCrm.Knowledge;
using CityCrm.Knowledge.Content;
using CityCrm.Knowledge.Insights;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityCrm.City311.Api;

/// <summary>The knowledge base on the web: resident pages under <c>/kb</c> and JSON under <c>/api/knowledge</c>.</summary>
public static class KnowledgeApi
{
    /// <summary>The longest question the search endpoint accepts.</summary>
    public const int MaxQuestionLength = 1000;

    private const string HtmlType = "text/html; charset=utf-8";

    // The pages use inline styles only: nothing else may load or run, whatever an article contains.
    private const string PagePolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'self'";

    public static IEndpointRouteBuilder MapKnowledge(this IEndpointRouteBuilder endpoints)
    {
        var pages = endpoints.MapGroup("/kb").WithTags("Knowledge pages").ExcludeFromDescription();
        pages.MapGet("", IndexPageAsync);
        pages.MapGet("/{id}", ArticlePageAsync);

        var api = endpoints.MapGroup("/api/knowledge").WithTags("Knowledge");
        api.MapGet("/search", SearchAsync);
        api.MapGet("/articles/{id}", GetArticleAsync);
        return endpoints;
    }

    private static async Task<ContentHttpResult> IndexPageAsync(IArticleStore store, HttpContext context, CancellationToken cancellationToken)
    {
        var articles = await store.ListAsync(cancellationToken);
        return Page(context, KnowledgePages.Index(articles), StatusCodes.Status200OK);
    }

    private static async Task<ContentHttpResult> ArticlePageAsync(
        string id, IArticleStore store, ArticleRenderer renderer, IArticleViews views, TimeProvider clock, HttpContext context, CancellationToken cancellationToken)
    {
        var article = await store.GetAsync(id, cancellationToken);
        if (article is null)
            return Page(context, KnowledgePages.NotFound(id), StatusCodes.Status404NotFound);
        await views.RecordViewAsync(article.Id, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken);
        var related = new List<Article>();
        foreach (var relatedId in article.Related)
        {
            if (await store.GetAsync(relatedId, cancellationToken) is { } found)
                related.Add(found);
        }
        var translation = await FindTranslationAsync(article, store, cancellationToken);
        return Page(context, KnowledgePages.Article(article, renderer.ToHtml(article.Body), related, translation), StatusCodes.Status200OK);
    }

    // A translation names its source; the source finds its translation by looking for that name.
    private static async Task<Article?> FindTranslationAsync(Article article, IArticleStore store, CancellationToken cancellationToken)
    {
        if (article.TranslationOf is { } source)
            return await store.GetAsync(source, cancellationToken);
        var translations = await store.ListTranslationsAsync(article.Id, cancellationToken);
        return translations.FirstOrDefault(a => a.Language != article.Language);
    }

    private static async Task<Results<Ok<KnowledgeSearchResponse>, ProblemHttpResult>> SearchAsync(
        string? q, int? top, IKnowledgeSearch search, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q))
            return TypedResults.Problem("The question 'q' is required.", statusCode: StatusCodes.Status400BadRequest, title: "Missing question");
        if (q.Length > MaxQuestionLength)
            return TypedResults.Problem($"The question must be at most {MaxQuestionLength} characters.", statusCode: StatusCodes.Status400BadRequest, title: "Question too long");
        var result = await search.SearchAsync(q, top ?? 5, cancellationToken);
        var hits = result.Hits.Select(h => new KnowledgeHitDto(h.ArticleId, h.Title, h.Summary, Math.Round((double)h.Score, 3), KnowledgePages.Url(h.ArticleId))).ToList();
        return TypedResults.Ok(new KnowledgeSearchResponse(result.Question, result.Confidence, result.Decision.ToString(), hits));
    }

    private static async Task<Results<Ok<KnowledgeArticleDto>, ProblemHttpResult>> GetArticleAsync(
        string id, IArticleStore store, CancellationToken cancellationToken)
    {
        var a = await store.GetAsync(id, cancellationToken);
        if (a is null)
            return TypedResults.Problem($"No article has the id '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Article not found");
        return TypedResults.Ok(new KnowledgeArticleDto(a.Id, a.Title, a.Summary, a.Body, a.Questions, a.Tags, a.Department, a.Language, KnowledgePages.Url(a.Id),
            await LiveRelatedAsync(a, store, cancellationToken), a.TranslationOf));
    }

    private static async Task<IReadOnlyList<string>> LiveRelatedAsync(Article article, IArticleStore store, CancellationToken cancellationToken)
    {
        var live = new List<string>();
        foreach (var id in article.Related)
        {
            if (await store.GetAsync(id, cancellationToken) is not null)
                live.Add(id);
        }
        return live;
    }

    private static ContentHttpResult Page(HttpContext context, string html, int status)
    {
        context.Response.Headers.ContentSecurityPolicy = PagePolicy;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.Content(html, HtmlType, statusCode: status);
    }
}
