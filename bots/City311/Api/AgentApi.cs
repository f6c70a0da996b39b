using System.Security.Claims;
using CityCrm.CaseCore;
using CityCrm.City311.Api.Dtos;
using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Contacts;
using CityCrm.Conversations.Hubs;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;
using CityCrm.Conversations.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CityCrm.City311.Api;

/// <summary>
/// The agent console's REST side (<c>/api/agent</c>, agent policy): list and read conversations,
/// take one, reply or add a note, resolve it, and look up a case. Live updates come over the agent hub.
/// </summary>
public static class AgentApi
{
    public static IEndpointRouteBuilder MapAgentApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/agent").WithTags("Agent console")
            .RequireAuthorization(AgentPolicies.Agent)
            .AddEndpointFilter(MapDomainErrorsAsync);
        group.MapGet("/conversations", ListAsync);
        group.MapGet("/conversations/{id}", GetAsync);
        group.MapPost("/conversations/{id}/take", TakeAsync);
        group.MapPost("/conversations/{id}/messages", SendAsync);
        group.MapPost("/conversations/{id}/resolve", ResolveAsync);
        group.MapGet("/cases/{reference}", FindCaseAsync);
        // A contact's history across channels belongs to the same console.
        endpoints.MapContactsApi();
        endpoints.MapAgentCasesApi();
        endpoints.MapAgentMessagesApi();
        endpoints.MapCannedResponsesApi();
        endpoints.MapReplyArticlesApi();
        endpoints.MapContactTimelineApi();
        endpoints.MapConversationCasesApi();
        return endpoints;
    }

    private static async Task<Results<Ok<IReadOnlyList<ConversationSummaryDto>>, ValidationProblem>> ListAsync(
        string? status, ClaimsPrincipal user, AgentWorkspace workspace, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<ConversationFilter>(status ?? nameof(ConversationFilter.All), ignoreCase: true, out var filter) || !Enum.IsDefined(filter))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["Use queued, assigned, mine or all."] });
        return TypedResults.Ok(await workspace.ListAsync(filter, user.GetAgentId(), cancellationToken));
    }

    private static async Task<Results<Ok<ConversationDetailDto>, ProblemHttpResult>> GetAsync(
        string id, AgentWorkspace workspace, ConversationService conversations, IOptOutRegistry optOuts, ReplyWindow window, CancellationToken cancellationToken)
    {
        if (await conversations.GetAsync(id, cancellationToken) is not { } conversation)
            return NotFound(id);
        var optedOut = await optOuts.IsOptedOutAsync(conversation.ChannelId, conversation.Address, cancellationToken);
        return TypedResults.Ok(new ConversationDetailDto(
            await workspace.SummarizeAsync(conversation, cancellationToken), await workspace.GetTranscriptAsync(id, cancellationToken), optedOut,
            await window.DescribeAsync(conversation, cancellationToken)));
    }

    private static async Task<Ok<ConversationSummaryDto>> TakeAsync(
        string id, ClaimsPrincipal user, ConversationService conversations, AgentWorkspace workspace, CancellationToken cancellationToken)
    {
        var conversation = await conversations.AssignAsync(id, user.GetAgentId(), cancellationToken);
        await AnnounceAsync(conversations, id, user, $"{user.GetDisplayName()} joined the conversation.", cancellationToken);
        return TypedResults.Ok(await workspace.SummarizeAsync(conversation, cancellationToken));
    }

    private static async Task<Results<Ok<MessageDto>, ValidationProblem, ProblemHttpResult>> SendAsync(
        string id, ReplyRequest request, ClaimsPrincipal user, ConversationService conversations, TextRelay relay, ReplyWindow window,
        CancellationToken cancellationToken)
    {
        var text = request.Text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > ReplyRequest.MaxLength)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["text"] = [string.IsNullOrEmpty(text) ? "Enter a message." : $"Keep the message under {ReplyRequest.MaxLength} characters."],
            });
        var conversation = await conversations.GetAsync(id, cancellationToken);
        if (conversation is null)
            return NotFound(id);
        // Notes stay among staff, so any agent may leave one; only the assignee speaks to the resident.
        if (!request.Private)
        {
            if (conversation.Status != ConversationStatus.Assigned)
                return Conflict("Take the conversation before replying.");
            if (conversation.AssigneeId != user.GetAgentId())
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your conversation",
                    detail: "Only the assigned agent may reply to the resident.");
            if (await window.RefusalAsync(conversation, request.AsTemplate, cancellationToken) is { } closed)
                return closed;
        }
        var reply = new OutgoingMessage(AuthorKind.Agent, user.GetAgentId(), user.GetDisplayName(), text, request.Private);
        var message = await conversations.SendAsync(id, reply, cancellationToken);
        if (!request.Private)
            await RelayAsync(conversations, relay, conversation, reply, cancellationToken);
        return TypedResults.Ok(MessageDto.From(message));
    }

    private static async Task<Results<Ok<ConversationSummaryDto>, ValidationProblem, ProblemHttpResult>> ResolveAsync(
        string id, ResolveRequest? request, ClaimsPrincipal user, ConversationService conversations, AgentWorkspace workspace,
        IOptions<RoutingOptions> routing, CancellationToken cancellationToken)
    {
        // Wrap-up: the conversation closes with one of the configured codes, so reports can count how contacts ended.
        var disposition = routing.Value.FindDisposition(request?.Disposition?.Trim());
        if (disposition is null && routing.Value.Dispositions.Count > 0)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["disposition"] = ["Choose one of: " + string.Join(", ", routing.Value.Dispositions.Select(d => d.Code)) + "."],
            });
        var current = await conversations.GetAsync(id, cancellationToken);
        if (current is null)
            return NotFound(id);
        if (current.Status == ConversationStatus.Assigned && current.AssigneeId != user.GetAgentId() && !user.IsSupervisor())
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your conversation",
                detail: "Only the assigned agent or a supervisor may resolve it.");
        var conversation = await conversations.ResolveAsync(id, user.GetAgentId(), disposition?.Code, cancellationToken);
        await AnnounceAsync(conversations, id, user, $"{user.GetDisplayName()} resolved the conversation.", cancellationToken);
        // The wrap-up code is for staff and reports, not for the resident.
        if (disposition is not null)
            await conversations.SendAsync(id, new OutgoingMessage(AuthorKind.System, user.GetAgentId(), user.GetDisplayName(),
                $"Wrap-up: {disposition.Label} ({disposition.Code}).", IsPrivate: true), cancellationToken);
        return TypedResults.Ok(await workspace.SummarizeAsync(conversation, cancellationToken));
    }

    private static async Task<Results<Ok<CaseDto>, ProblemHttpResult>> FindCaseAsync(
        string reference, [FromServices] ICaseService cases, CancellationToken cancellationToken) =>
        await cases.FindAsync(reference.Trim(), cancellationToken) is { } found
            ? TypedResults.Ok(CaseDto.From(found))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Case not found", detail: $"No case has the reference {reference}.");

    // A caller cannot hear a reply typed after the call: it goes by text, and a staff-only note says how it went.
    private static async Task RelayAsync(
        ConversationService conversations, TextRelay relay, Conversation conversation, OutgoingMessage reply, CancellationToken cancellationToken)
    {
        var target = await relay.TargetAsync(conversation, cancellationToken);
        if (target.Kind == RelayKind.Same)
            return;
        if (target.Kind == RelayKind.ByText)
            await conversations.SendAsync(target.Conversation.Id, reply, cancellationToken);
        var note = target.Kind switch
        {
            RelayKind.ByText => $"Sent to {conversation.Address} by text message; the delivery shows in the text conversation.",
            RelayKind.OptedOut => $"Not sent: {conversation.Address} opted out of text messages. Call the resident back instead.",
            _ => "Not sent: the caller withheld their number, so the reply cannot reach them.",
        };
        await conversations.SendAsync(conversation.Id, new OutgoingMessage(AuthorKind.System, "system", "CityCrm", note, IsPrivate: true), cancellationToken);
    }

    // The transcript records who took or closed the conversation, for colleagues and for the resident.
    private static Task AnnounceAsync(ConversationService conversations, string id, ClaimsPrincipal user, string text, CancellationToken cancellationToken) =>
        conversations.SendAsync(id, new OutgoingMessage(AuthorKind.System, user.GetAgentId(), user.GetDisplayName(), text), cancellationToken);

    internal static async ValueTask<object?> MapDomainErrorsAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (ConversationNotFoundException ex)
        {
            return NotFound(ex.ConversationId);
        }
        catch (InvalidTransitionException ex)
        {
            return Conflict(ex.Message);
        }
        catch (ConcurrencyConflictException)
        {
            return Conflict("Someone else changed this conversation at the same moment. Reload and try again.");
        }
    }

    internal static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Conversation not found", detail: $"No conversation has the id {id}.");

    private static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conversation state conflict", detail: detail);
}
