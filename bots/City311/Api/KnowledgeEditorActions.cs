using System.Security.Claims;
using CityCrm.City311.Api.Dtos;
using CityCrm.Conversations.Audit;
using CityCrm.Knowledge.Editorial;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using static CityCrm.City311.Api.KnowledgeEditorMapping;

namespace CityCrm.City311.Api;

/// <summary>
/// The editor API's workflow actions on one article: submit, publish, archive, restore, roll back, confirm a
/// translation and add a phrasing. Each answers with the article as it now stands and is written to the audit trail.
/// </summary>
internal static class KnowledgeEditorActions
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/articles/{id}/submit", SubmitAsync);
        group.MapPost("/articles/{id}/publish", PublishAsync);
        group.MapPost("/articles/{id}/archive", ArchiveAsync);
        group.MapPost("/articles/{id}/restore", RestoreAsync);
        group.MapPost("/articles/{id}/rollback", RollbackAsync);
        group.MapPost("/articles/{id}/confirm-translation", ConfirmTranslationAsync);
        group.MapPost("/articles/{id}/phrasings", AddPhrasingAsync);
    }

    private static Task<Ok<EditorArticleDetailDto>> SubmitAsync(string id, ClaimsPrincipal user, [AsParameters] Dependencies d, CancellationToken cancellationToken) =>
        RunAsync("submit", id, user, d, () => d.Editorial.SubmitAsync(id, cancellationToken), cancellationToken);

    private static Task<Ok<EditorArticleDetailDto>> PublishAsync(
        string id, [FromBody] PublishArticleRequest? request, ClaimsPrincipal user, [AsParameters] Dependencies d, CancellationToken cancellationToken) =>
        RunAsync("publish", id, user, d, () => d.Editorial.PublishAsync(id, request?.Version, cancellationToken), cancellationToken);

    private static Task<Ok<EditorArticleDetailDto>> ArchiveAsync(string id, ClaimsPrincipal user, [AsParameters] Dependencies d, CancellationToken cancellationToken) =>
        RunAsync("archive", id, user, d, () => d.Editorial.ArchiveAsync(id, cancellationToken), cancellationToken);

    private static Task<Ok<EditorArticleDetailDto>> RestoreAsync(string id, ClaimsPrincipal user, [AsParameters] Dependencies d, CancellationToken cancellationToken) =>
        RunAsync("restore", id, user, d, () => d.Editorial.RestoreAsync(id, cancellationToken), cancellationToken);

    private static Task<Ok<EditorArticleDetailDto>> RollbackAsync(
        string id, RollbackArticleRequest request, ClaimsPrincipal user, [AsParameters] Dependencies d, CancellationToken cancellationToken) =>
        RunAsync("rollback", id, user, d,
            () => d.Editorial.RollbackAsync(id, request.Version, request.BaseVersion, KnowledgeEditorApi.Author(user), cancellationToken), cancellationToken);

    private static Task<Ok<EditorArticleDetailDto>> ConfirmTranslationAsync(
        string id, [FromBody] EditorAmendRequest? request, ClaimsPrincipal user, [AsParameters] Dependencies d, CancellationToken cancellationToken) =>
        RunAsync("confirm-translation", id, user, d,
            () => d.Editorial.ConfirmTranslationAsync(id, request?.BaseVersion, KnowledgeEditorApi.Author(user), cancellationToken), cancellationToken);

    private static Task<Ok<EditorArticleDetailDto>> AddPhrasingAsync(
        string id, EditorAmendRequest request, ClaimsPrincipal user, [AsParameters] Dependencies d, CancellationToken cancellationToken) =>
        RunAsync("phrasing", id, user, d,
            () => d.Editorial.AddPhrasingAsync(id, request.Question ?? "", request.BaseVersion, KnowledgeEditorApi.Author(user), cancellationToken), cancellationToken);

    private static async Task<Ok<EditorArticleDetailDto>> RunAsync(
        string action, string id, ClaimsPrincipal user, [AsParameters] Dependencies d, Func<Task<EditorialArticle>> run, CancellationToken cancellationToken)
    {
        var article = await run();
        await EditorialAudit.WriteAsync(d.Audit, d.Clock, user, action, article, cancellationToken);
        return TypedResults.Ok(ToDetail(await d.Editorial.GetAsync(id, cancellationToken)));
    }

    /// <summary>The services every action uses, bound as one parameter.</summary>
    internal sealed record Dependencies(EditorialService Editorial, IAuditLog Audit, TimeProvider Clock);
}
