using CityCrm.Knowledge.Editorial;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityCrm.City311.Api;

/// <summary>
/// The knowledge staff pages under <c>/kb</c> (editor, "Try it", insights), served from wwwroot. They
/// need routes of their own because the resident article route <c>/kb/{id}</c> would otherwise take
/// <c>/kb/editor/</c> for an article id before the static files are looked at; their names are
/// reserved, so no article can take them (see <see cref="ArticleValidator.ReservedIds"/>).
/// </summary>
public static class KnowledgeStaffPages
{
    public static IEndpointRouteBuilder MapKnowledgeStaffPages(this IEndpointRouteBuilder endpoints)
    {
        // A constrained segment outranks the unconstrained {id} of the article pages.
        var names = string.Join('|', ArticleValidator.ReservedIds);
        endpoints.MapGet($"/kb/{{page:regex(^({names})$)}}", Page).ExcludeFromDescription();
        return endpoints;
    }

    private static Results<FileStreamHttpResult, NotFound> Page(string page, IWebHostEnvironment environment)
    {
        var file = environment.WebRootFileProvider.GetFileInfo($"kb/{page}/index.html");
        return file.Exists ? TypedResults.File(file.CreateReadStream(), "text/html; charset=utf-8") : TypedResults.NotFound();
    }
}
