using CityCrm.Knowledge.Editorial;

namespace CityCrm.City311.Api;

/// <summary>The editorial domain's exceptions as the editor API's problem+json answers.</summary>
internal static class KnowledgeEditorErrors
{
    public static async ValueTask<object?> MapDomainErrorsAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (ArticleValidationException ex)
        {
            return TypedResults.ValidationProblem(ex.Errors.ToDictionary(e => e.Key, e => e.Value));
        }
        catch (EditConflictException ex)
        {
            // The editor needs to know whose work to reload, not only that something changed.
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Edit conflict",
                detail: $"{ex.CurrentAuthorName} saved version {ex.CurrentVersion} meanwhile: reload to see it, then make your change again.",
                extensions: new Dictionary<string, object?>
                {
                    ["currentVersion"] = ex.CurrentVersion,
                    ["currentAuthor"] = ex.CurrentAuthorName,
                });
        }
        catch (EditorialTransitionException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not allowed in this status", detail: ex.Message,
                extensions: new Dictionary<string, object?> { ["status"] = KnowledgeEditorMapping.StatusName(ex.Status) });
        }
        catch (EditorialArticleNotFoundException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Article not found", detail: ex.Message);
        }
    }
}
