using System.Security.Claims;
using CityCrm.CaseCore;
using CityCrm.City311.Api.Dtos;
using CityCrm.City311.Canned;
using CityCrm.Conversations;
using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CityCrm.City311.Api;

/// <summary>
/// Canned responses for the console (<c>/api/agent</c>, agent policy): the list, and one filled for a conversation with
/// the resident's name, the agent's, the city's and the conversation's latest case reference.
/// </summary>
public static class CannedResponsesApi
{
    public static IEndpointRouteBuilder MapCannedResponsesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/agent").WithTags("Agent console").RequireAuthorization(AgentPolicies.Agent);
        group.MapGet("/canned-responses", List);
        group.MapPost("/conversations/{id}/canned-responses/{responseId}", FillAsync);
        return endpoints;
    }

    private static Ok<IReadOnlyList<CannedResponseDto>> List(CannedResponseLibrary library) =>
        TypedResults.Ok<IReadOnlyList<CannedResponseDto>>([.. library.All.Select(r => new CannedResponseDto(r.Id, r.Title, r.Text))]);

    private static async Task<Results<Ok<FilledResponseDto>, ProblemHttpResult>> FillAsync(
        string id, string responseId, ClaimsPrincipal user, CannedResponseLibrary library, IConversationStore store,
        ICaseWorkflow cases, IOptions<ConversationOptions> options, CancellationToken cancellationToken)
    {
        if (library.Find(responseId) is not { } response)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Canned response not found", detail: $"No canned response is called {responseId}.");
        if (await store.GetAsync(id, cancellationToken) is not { } conversation)
            return ConsoleProblems.ConversationNotFound(id);
        var contact = await store.GetContactAsync(conversation.ContactId, cancellationToken);
        var name = contact?.DisplayName;
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["name"] = name,
            ["first_name"] = name?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(),
            ["agent"] = user.GetDisplayName(),
            ["city"] = options.Value.CityName,
            ["reference"] = await LatestReferenceAsync(cases, conversation, cancellationToken),
        };
        var filled = PlaceholderFiller.Fill(response.Text, values);
        return TypedResults.Ok(new FilledResponseDto(response.Id, filled.Text, filled.Missing));
    }

    // The case opened in this conversation, else the person's latest: what a resident means by "my request".
    private static async Task<string?> LatestReferenceAsync(ICaseWorkflow cases, Conversation conversation, CancellationToken cancellationToken)
    {
        var theirs = await cases.ListForContactAsync(conversation.ContactId, cancellationToken);
        var latest = theirs.OrderByDescending(c => c.CreatedAt);
        return (latest.FirstOrDefault(c => c.ConversationId == conversation.Id) ?? latest.FirstOrDefault())?.Reference;
    }
}
