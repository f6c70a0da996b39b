using System.Security.Claims;
using CityCrm.City311.Api.Dtos;
using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Hubs;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Routing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CityCrm.City311.Api;

/// <summary>
/// Routing on the agent API (agent policy): who is on the floor, the queues, the wrap-up codes, and transfers of a
/// conversation to an agent or a queue. Presence and offers go over the agent hub.
/// </summary>
public static class RoutingApi
{
    public static IEndpointRouteBuilder MapRoutingApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/agent").WithTags("Agent routing")
            .RequireAuthorization(AgentPolicies.Agent)
            .AddEndpointFilter(AgentApi.MapDomainErrorsAsync);
        group.MapGet("/routing/agents", ListAgentsAsync);
        group.MapGet("/routing/queues", ListQueuesAsync);
        group.MapGet("/routing/dispositions", ListDispositions);
        group.MapPost("/conversations/{id}/transfer", TransferAsync);
        return endpoints;
    }

    private static async Task<Ok<IReadOnlyList<RoutingAgentDto>>> ListAgentsAsync(
        IAgentRoutingStore store, AgentPresence presence, CancellationToken cancellationToken)
    {
        var load = (await store.GetLoadAsync(cancellationToken)).GroupBy(l => l.AgentId).ToDictionary(g => g.Key, g => g.Sum(l => l.Count));
        IReadOnlyList<RoutingAgentDto> agents = [.. (await store.ListAgentsAsync(cancellationToken)).Select(a => new RoutingAgentDto(
            a.Id, a.DisplayName, a.Skills.Departments, a.Skills.Languages,
            AgentPresenceDto.NameOf(presence.Get(a.Id).Status), load.GetValueOrDefault(a.Id)))];
        return TypedResults.Ok(agents);
    }

    private static async Task<Ok<IReadOnlyList<RoutingQueueDto>>> ListQueuesAsync(
        IAgentRoutingStore store, IOptions<RoutingOptions> options, CancellationToken cancellationToken)
    {
        var waiting = (await store.ListQueuedAsync(AgentWorkspace.ListLimit * 10, cancellationToken)).GroupBy(q => q.Queue).ToDictionary(g => g.Key, g => g.Count());
        var configured = options.Value.Queues.Where(q => QueueName.IsValid(q.Name)).Select(q => q.Name);
        // Queues that hold conversations are listed too, configured or not, so none is invisible.
        IReadOnlyList<RoutingQueueDto> queues = [.. configured.Concat(waiting.Keys).Distinct(StringComparer.OrdinalIgnoreCase).Select(name => new RoutingQueueDto(
            name,
            options.Value.Queues.FirstOrDefault(q => string.Equals(q.Name, name, StringComparison.OrdinalIgnoreCase)) is { Label.Length: > 0 } q ? q.Label : name,
            (int)options.Value.SlaTargetOf(name).TotalSeconds,
            waiting.GetValueOrDefault(name)))];
        return TypedResults.Ok(queues);
    }

    private static Ok<IReadOnlyList<DispositionDto>> ListDispositions(IOptions<RoutingOptions> options) =>
        TypedResults.Ok<IReadOnlyList<DispositionDto>>([.. options.Value.Dispositions.Select(d => new DispositionDto(d.Code, d.Label))]);

    private static async Task<Results<Ok<ConversationSummaryDto>, ValidationProblem, ProblemHttpResult>> TransferAsync(
        string id, TransferRequest request, ClaimsPrincipal user, ConversationService conversations, IAgentRoutingStore store,
        AgentWorkspace workspace, CancellationToken cancellationToken)
    {
        var note = request.Note?.Trim();
        if (Invalid(request, note) is { } invalid)
            return invalid;
        var current = await conversations.GetAsync(id, cancellationToken);
        if (current is null)
            return AgentApi.NotFound(id);
        // The assignee passes on their own conversation; anything else (someone else's, a queued one) is a supervisor's call.
        var mine = current.Status == ConversationStatus.Assigned && current.AssigneeId == user.GetAgentId();
        if (!mine && !user.IsSupervisor())
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your conversation",
                detail: "Only the assigned agent or a supervisor may transfer it.");
        string target;
        Conversation conversation;
        if (request.AgentId is { Length: > 0 } agentId)
        {
            var agent = (await store.ListAgentsAsync(cancellationToken)).FirstOrDefault(a => a.Id == agentId);
            if (agent is null)
                return Field("agentId", "No agent has that id.");
            conversation = await conversations.ChangeAsync(id, (c, now) => c.TransferToAgent(agent.Id, user.GetAgentId(), now), cancellationToken);
            target = agent.DisplayName;
        }
        else
        {
            var queue = request.Queue!.Trim();
            conversation = await conversations.ChangeAsync(id, (c, now) => c.TransferToQueue(queue, user.GetAgentId(), now), cancellationToken);
            target = "the " + queue + " queue";
        }
        var text = $"{user.GetDisplayName()} transferred the conversation to {target}." + (string.IsNullOrEmpty(note) ? "" : " Note: " + note);
        await conversations.SendAsync(id, new OutgoingMessage(AuthorKind.Agent, user.GetAgentId(), user.GetDisplayName(), text, IsPrivate: true), cancellationToken);
        return TypedResults.Ok(await workspace.SummarizeAsync(conversation, cancellationToken));
    }

    private static ValidationProblem? Invalid(TransferRequest request, string? note)
    {
        var toAgent = !string.IsNullOrWhiteSpace(request.AgentId);
        var toQueue = !string.IsNullOrWhiteSpace(request.Queue);
        if (toAgent == toQueue)
            return Field("target", "Name either an agent or a queue.");
        if (toQueue && !QueueName.IsValid(request.Queue!.Trim()))
            return Field("queue", "A queue is department/language, e.g. general/en.");
        return note is { Length: > TransferRequest.MaxNoteLength } ? Field("note", $"Keep the note under {TransferRequest.MaxNoteLength} characters.") : null;
    }

    private static ValidationProblem Field(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
