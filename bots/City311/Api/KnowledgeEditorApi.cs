using System.Security.Claims;
using CityCrm.City311.Api.Dtos;
using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Audit;
using CityCrm.Knowledge.Content;
using CityCrm.Knowledge.Editorial;
using Microsoft.AspNetCore.Http.HttpResults;
using static CityCrm.City311.Api.KnowledgeEditorMapping;

namespace CityCrm.City311.Api;

/// <summary>
/// The knowledge editors' API (<c>/api/knowledge/editor</c>, editor policy): list, create and save articles
/// (each save a version, refused with 409 when based on an old one), read versions and diffs, preview Markdown,
/// and move articles through review, publishing and archiving (<see cref="KnowledgeEditorActions"/>).
/// </summary>
public static class KnowledgeEditorApi
{
    /// <summary>The longest Markdown the preview renders.</summary>
    public const int MaxPreviewLength = 200_000;

    public static IEndpointRouteBuilder MapKnowledgeEditor(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/knowledge/editor").WithTags("Knowledge editor")
            .RequireAuthorization(AgentPolicies.Editor)
            .AddEndpointFilter(KnowledgeEditorErrors.MapDomainErrorsAsync);
        group.MapGet("/articles", ListAsync);
        group.MapPost("/articles", CreateAsync);
        group.MapGet("/articles/{id}", GetAsync);
        group.MapPut("/articles/{id}", SaveAsync);
        group.MapGet("/articles/{id}/versions", ListVersionsAsync);
        group.MapGet("/articles/{id}/versions/{number:int}", GetVersionAsync);
        group.MapGet("/articles/{id}/diff", DiffAsync);
        group.MapPost("/preview", Preview);
        KnowledgeEditorActions.Map(group);
        return endpoints;
    }

    internal static EditorialAuthor Author(ClaimsPrincipal user) => new(user.Identity?.Name ?? "unknown", user.GetDisplayName());

    private static async Task<Results<Ok<IReadOnlyList<EditorArticleSummaryDto>>, ValidationProblem>> ListAsync(
        string? status, string? language, string? q, EditorialService editorial, CancellationToken cancellationToken)
    {
        ArticleStatus? wanted = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!TryParseStatus(status.Trim(), out var parsed))
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["Use draft, in-review, published or archived."] });
            wanted = parsed;
        }
        var text = q?.Trim();
        var items = (await editorial.ListAsync(cancellationToken))
            .Where(i => wanted is null || i.Record.Status == wanted)
            .Where(i => string.IsNullOrWhiteSpace(language) || string.Equals(i.Head.Language, language.Trim(), StringComparison.OrdinalIgnoreCase))
            .Where(i => string.IsNullOrEmpty(text)
                || i.Record.Id.Contains(text, StringComparison.OrdinalIgnoreCase)
                || i.Head.Title.Contains(text, StringComparison.OrdinalIgnoreCase))
            .Select(ToSummary)
            .ToList();
        return TypedResults.Ok<IReadOnlyList<EditorArticleSummaryDto>>(items);
    }

    private static async Task<Results<Created<EditorArticleDetailDto>, ValidationProblem>> CreateAsync(
        CreateArticleRequest request, ClaimsPrincipal user, EditorialService editorial, IAuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (request.Article is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["article"] = ["Send the article's fields."] });
        var content = request.Article.ToArticle(request.Article.Id?.Trim() ?? "");
        var article = await editorial.CreateAsync(content, Author(user), request.Comment?.Trim(), cancellationToken);
        await EditorialAudit.WriteAsync(audit, clock, user, "create", article, cancellationToken);
        var detail = ToDetail(await editorial.GetAsync(article.Id, cancellationToken));
        return TypedResults.Created($"/api/knowledge/editor/articles/{Uri.EscapeDataString(article.Id)}", detail);
    }

    private static async Task<Ok<EditorArticleDetailDto>> GetAsync(string id, EditorialService editorial, CancellationToken cancellationToken) =>
        TypedResults.Ok(ToDetail(await editorial.GetAsync(id, cancellationToken)));

    private static async Task<Results<Ok<EditorArticleDetailDto>, ValidationProblem>> SaveAsync(
        string id, SaveArticleRequest request, ClaimsPrincipal user, EditorialService editorial, IAuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (request.Article is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["article"] = ["Send the article's fields."] });
        var article = await editorial.SaveAsync(id, request.Article.ToArticle(id), request.BaseVersion, Author(user), request.Comment?.Trim(), cancellationToken);
        await EditorialAudit.WriteAsync(audit, clock, user, "save", article, cancellationToken);
        return TypedResults.Ok(ToDetail(await editorial.GetAsync(id, cancellationToken)));
    }

    private static async Task<Ok<IReadOnlyList<ArticleVersionDto>>> ListVersionsAsync(
        string id, EditorialService editorial, CancellationToken cancellationToken)
    {
        var current = await editorial.GetAsync(id, cancellationToken);
        var versions = await editorial.ListVersionsAsync(id, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ArticleVersionDto>>(
            [.. versions.Reverse().Select(v => ToVersion(v, current.Record.PublishedVersion, withContent: false))]);
    }

    private static async Task<Ok<ArticleVersionDto>> GetVersionAsync(
        string id, int number, EditorialService editorial, CancellationToken cancellationToken)
    {
        var current = await editorial.GetAsync(id, cancellationToken);
        var version = await editorial.GetVersionAsync(id, number, cancellationToken);
        return TypedResults.Ok(ToVersion(version, current.Record.PublishedVersion, withContent: true));
    }

    private static async Task<Results<Ok<ArticleDiffDto>, ValidationProblem>> DiffAsync(
        string id, int? from, int? to, EditorialService editorial, CancellationToken cancellationToken)
    {
        if (from is null || to is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["from"] = ["Give both versions: ?from=1&to=2."] });
        var fields = await editorial.DiffAsync(id, from.Value, to.Value, cancellationToken);
        return TypedResults.Ok(ToDiff(from.Value, to.Value, fields));
    }

    // Rendered by the same renderer as the resident pages, which escapes raw HTML and unsafe links.
    private static Results<Ok<ArticlePreviewDto>, ValidationProblem> Preview(ArticlePreviewDto request, ArticleRenderer renderer)
    {
        if (request.Body is { Length: > MaxPreviewLength })
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [$"Preview at most {MaxPreviewLength} characters."] });
        return TypedResults.Ok(new ArticlePreviewDto(null, renderer.ToHtml(request.Body ?? "")));
    }
}
