using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Hubs;
using CityCrm.Conversations.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityCrm.City311.Api;

/// <summary>
/// A transcript read from a given point (<c>/api/agent</c>, agent policy): the console's catch-up when its live
/// connection is down, the same answer the hub's <c>WatchAfter</c> gives.
/// </summary>
public static class AgentMessagesApi
{
    public static IEndpointRouteBuilder MapAgentMessagesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/agent").WithTags("Agent console").RequireAuthorization(AgentPolicies.Agent);
        group.MapGet("/conversations/{id}/messages", ListAfterAsync);
        return endpoints;
    }

    private static async Task<Results<Ok<IReadOnlyList<MessageDto>>, ValidationProblem, ProblemHttpResult>> ListAfterAsync(
        string id, long? after, IConversationStore store, AgentWorkspace workspace, CancellationToken cancellationToken)
    {
        if (after is < 0)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["after"] = ["Use a sequence of 0 or more."] });
        if (await store.GetAsync(id, cancellationToken) is null)
            return ConsoleProblems.ConversationNotFound(id);
        return TypedResults.Ok(await workspace.GetTranscriptAfterAsync(id, after ?? 0, cancellationToken));
    }
}
