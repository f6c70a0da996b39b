using System.Security.Claims;
using CityCrm.CaseCore;
using CityCrm.City311.Api.Dtos;
using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Notifications;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityCrm.City311.Api;

/// <summary>
/// Staff work on a request (<c>/api/agent/cases/{reference}</c>, agent policy): start it, close it. Each change tells
/// the resident who reported it, on the channel they used (a caller by text), unless staff say not to.
/// </summary>
public static class AgentCasesApi
{
    public static IEndpointRouteBuilder MapAgentCasesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/agent/cases").WithTags("Agent console").RequireAuthorization(AgentPolicies.Agent);
        group.MapPost("/{reference}/start", (string reference, CaseUpdateRequest request, ClaimsPrincipal user, ICaseWorkflow workflow,
                CaseUpdateNotifier notifier, CancellationToken cancellationToken) =>
            UpdateAsync(request, notifier, note => workflow.StartWorkAsync(reference.Trim(), user.GetAgentId(), note, cancellationToken), reference, cancellationToken));
        group.MapPost("/{reference}/close", (string reference, CaseUpdateRequest request, ClaimsPrincipal user, ICaseWorkflow workflow,
                CaseUpdateNotifier notifier, CancellationToken cancellationToken) =>
            UpdateAsync(request, notifier, note => workflow.CloseAsync(reference.Trim(), user.GetAgentId(), note, cancellationToken), reference, cancellationToken));
        return endpoints;
    }

    private static async Task<Results<Ok<CaseUpdateResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        CaseUpdateRequest request, CaseUpdateNotifier notifier, Func<string, Task<Case?>> change, string reference, CancellationToken cancellationToken)
    {
        var note = request.Note?.Trim() ?? "";
        if (note.Length > CaseUpdateRequest.MaxNoteLength)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["note"] = [$"Keep the note under {CaseUpdateRequest.MaxNoteLength} characters."],
            });
        Case? updated;
        try
        {
            updated = await change(note);
        }
        catch (CaseTransitionException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Request not in that state", detail: ex.Message);
        }
        if (updated is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Case not found", detail: $"No case has the reference {reference}.");
        var notice = request.Notify
            ? await notifier.NotifyAsync(updated, note, cancellationToken)
            : new CaseNotice(false, "Staff chose not to notify the resident.");
        return TypedResults.Ok(CaseUpdateResponse.From(updated, notice));
    }
}
