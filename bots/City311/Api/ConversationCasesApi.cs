using System.Security.Claims;
using CityCrm.CaseCore;
using CityCrm.City311.Api.Dtos;
using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Cases;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityCrm.City311.Api;

/// <summary>
/// Cases beside a conversation (<c>/api/agent</c>, agent policy): those opened in it or linked to it, a case opened for
/// its resident, and an existing case linked by reference. Each change leaves a staff note in the transcript.
/// </summary>
public static class ConversationCasesApi
{
    public static IEndpointRouteBuilder MapConversationCasesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/agent/conversations/{id}/cases").WithTags("Agent console").RequireAuthorization(AgentPolicies.Agent);
        group.MapGet("", ListAsync);
        group.MapPost("", OpenAsync);
        group.MapPost("/link", LinkAsync);
        return endpoints;
    }

    private static async Task<Results<Ok<IReadOnlyList<CaseDto>>, ProblemHttpResult>> ListAsync(
        string id, IConversationStore store, IConversationCaseLinks links, ICaseService cases, ICaseWorkflow workflow, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } conversation)
            return ConsoleProblems.ConversationNotFound(id);
        var found = new Dictionary<string, Case>(StringComparer.OrdinalIgnoreCase);
        foreach (var own in await workflow.ListForContactAsync(conversation.ContactId, cancellationToken))
        {
            if (own.ConversationId == id)
                found[own.Reference] = own;
        }
        foreach (var link in await links.ListAsync(id, cancellationToken))
        {
            if (!found.ContainsKey(link.CaseReference) && await cases.FindAsync(link.CaseReference, cancellationToken) is { } linked)
                found[linked.Reference] = linked;
        }
        return TypedResults.Ok<IReadOnlyList<CaseDto>>([.. found.Values.OrderByDescending(c => c.CreatedAt).Select(CaseDto.From)]);
    }

    private static async Task<Results<Ok<CaseDto>, ValidationProblem, ProblemHttpResult>> OpenAsync(
        string id, OpenCaseFromConversationRequest request, ClaimsPrincipal user, IConversationStore store, ICaseService cases,
        IConversationCaseLinks links, ConversationService conversations, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } conversation)
            return ConsoleProblems.ConversationNotFound(id);
        Case opened;
        try
        {
            opened = await cases.OpenAsync(new OpenCaseRequest(
                request.ServiceCode?.Trim() ?? "", request.Description?.Trim() ?? "", request.Location?.Trim() ?? "",
                conversation.ContactId, conversation.Id, conversation.ChannelId), cancellationToken);
        }
        catch (CaseRequestException ex)
        {
            // Nothing was stored: every problem at once, so the console can mark each field.
            return TypedResults.ValidationProblem(ex.Problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
        }
        await links.LinkAsync(new ConversationCaseLink(id, opened.Reference, user.GetAgentId(), clock.GetUtcNow()), cancellationToken);
        await NoteAsync(conversations, id, $"{user.GetDisplayName()} opened case {opened.Reference} ({opened.ServiceName}).", cancellationToken);
        return TypedResults.Ok(CaseDto.From(opened));
    }

    private static async Task<Results<Ok<CaseDto>, ValidationProblem, ProblemHttpResult>> LinkAsync(
        string id, LinkCaseRequest request, ClaimsPrincipal user, IConversationStore store, ICaseService cases,
        IConversationCaseLinks links, ConversationService conversations, TimeProvider clock, CancellationToken cancellationToken)
    {
        var reference = request.Reference?.Trim();
        if (string.IsNullOrEmpty(reference))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["reference"] = ["Enter a case reference, like R-100042."] });
        if (await store.GetAsync(id, cancellationToken) is null)
            return ConsoleProblems.ConversationNotFound(id);
        if (await cases.FindAsync(reference, cancellationToken) is not { } found)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Case not found", detail: $"No case has the reference {reference}.");
        if (await links.LinkAsync(new ConversationCaseLink(id, found.Reference, user.GetAgentId(), clock.GetUtcNow()), cancellationToken))
            await NoteAsync(conversations, id, $"{user.GetDisplayName()} linked case {found.Reference} ({found.ServiceName}).", cancellationToken);
        return TypedResults.Ok(CaseDto.From(found));
    }

    private static Task NoteAsync(ConversationService conversations, string id, string text, CancellationToken cancellationToken) =>
        conversations.SendAsync(id, new OutgoingMessage(AuthorKind.System, "system", "CityCrm", text, IsPrivate: true), cancellationToken);
}
