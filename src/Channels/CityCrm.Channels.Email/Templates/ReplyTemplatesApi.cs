using System.Security.Claims;
using CityCrm.Conversations.Agents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CityCrm.Channels.Email.Templates;

/// <summary>
/// Reply templates in the agent console (agent policy): list those in the conversation's language, and fill one in
/// for the conversation. The filled text goes into the composer for the agent to edit and send with the ordinary
/// reply endpoint; nothing is sent from here.
/// </summary>
public static class ReplyTemplatesApi
{
    public static IEndpointRouteBuilder MapReplyTemplates(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/agent/conversations/{id}/templates").WithTags("Agent console")
            .RequireAuthorization(AgentPolicies.Agent);
        group.MapGet("", ListAsync);
        group.MapPost("/{name}", RenderAsync);
        return endpoints;
    }

    private static async Task<Results<Ok<ReplyTemplateListDto>, ProblemHttpResult>> ListAsync(
        string id, ReplyTemplateService templates, CancellationToken cancellationToken)
    {
        if (await templates.ListAsync(id, cancellationToken) is not { } found)
            return ConversationNotFound(id);
        return TypedResults.Ok(new ReplyTemplateListDto(found.Language,
            [.. found.Templates.Select(t => new ReplyTemplateDto(t.Name, t.Title, t.Language))]));
    }

    private static async Task<Results<Ok<RenderedReplyTemplate>, ProblemHttpResult>> RenderAsync(
        string id, string name, ClaimsPrincipal user, ReplyTemplateService templates, CancellationToken cancellationToken)
    {
        if (await templates.ListAsync(id, cancellationToken) is null)
            return ConversationNotFound(id);
        return await templates.RenderAsync(id, name, user.GetDisplayName(), cancellationToken) is { } rendered
            ? TypedResults.Ok(rendered)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Template not found", detail: $"No reply template is named {name}.");
    }

    private static ProblemHttpResult ConversationNotFound(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Conversation not found", detail: $"No conversation has the id {id}.");
}
