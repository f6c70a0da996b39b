using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Attachments;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityCrm.City311.Api;

/// <summary>
/// Files residents sent, for agents (<c>/api/agent/attachments/{id}</c>, agent policy). Always a download, never shown
/// in the page: a resident's file may be HTML or script pretending to be a picture.
/// </summary>
public static class AttachmentsApi
{
    // Types a browser would run or render as a page are served as plain bytes.
    private static readonly HashSet<string> ActiveTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "text/html", "application/xhtml+xml", "image/svg+xml", "text/xml", "application/xml", "text/javascript",
        "application/javascript", "application/ecmascript", "text/ecmascript", "multipart/x-mixed-replace",
    };

    public static IEndpointRouteBuilder MapAttachmentsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/agent").WithTags("Agent console").RequireAuthorization(AgentPolicies.Agent)
            .MapGet("/attachments/{id}", DownloadAsync);
        return endpoints;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        string id, IAttachmentStore attachments, HttpContext http, CancellationToken cancellationToken)
    {
        var entry = await attachments.FindAsync(id, cancellationToken);
        var content = entry is null ? null : await attachments.ReadContentAsync(id, cancellationToken);
        if (entry is null || content is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Attachment not found", detail: $"No attachment has the id {id}.");
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        return TypedResults.File(content, SafeType(entry.ContentType), entry.Name);
    }

    /// <summary>The type a download is served as: the declared one, unless a browser could run it.</summary>
    public static string SafeType(string declared)
    {
        var type = declared.Split(';')[0].Trim();
        return type.Length == 0 || ActiveTypes.Contains(type) || !type.Contains('/') ? "application/octet-stream" : type;
    }
}
