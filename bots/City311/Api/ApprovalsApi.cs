using System.Security.Claims;
using CityCrm.CaseCore;
using CityCrm.CaseCore.Approvals;
using CityCrm.City311.Api.Dtos;
using CityCrm.Conversations.Agents;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityCrm.City311.Api;

/// <summary>
/// Case approvals (<c>/api/agent/approvals</c>, agent policy): the pending ones for the viewer's roles, a case's
/// approvals, and approve or reject with a comment (only with the approval's role; the first decision stands).
/// </summary>
public static class ApprovalsApi
{
    public static IEndpointRouteBuilder MapApprovalsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/agent/approvals").WithTags("Agent console").RequireAuthorization(AgentPolicies.Agent);
        group.MapGet("", async (ClaimsPrincipal user, ICaseApprovalStore approvals, CancellationToken cancellationToken) =>
            TypedResults.Ok((await approvals.ListPendingAsync(user.GetRoles(), cancellationToken)).Select(CaseApprovalDto.From).ToList()));
        group.MapGet("/case/{reference}", async (string reference, ICaseApprovalStore approvals, CancellationToken cancellationToken) =>
            TypedResults.Ok((await approvals.ListForCaseAsync(CaseReference.Normalize(reference) ?? reference, cancellationToken)).Select(CaseApprovalDto.From).ToList()));
        group.MapPost("/{id}/approve", (string id, ApprovalDecisionRequest? request, ClaimsPrincipal user, CaseWorkService work, CancellationToken cancellationToken) =>
            DecideAsync(id, true, request, user, work, cancellationToken));
        group.MapPost("/{id}/reject", (string id, ApprovalDecisionRequest? request, ClaimsPrincipal user, CaseWorkService work, CancellationToken cancellationToken) =>
            DecideAsync(id, false, request, user, work, cancellationToken));
        return endpoints;
    }

    private static async Task<Results<Ok<CaseApprovalDto>, ValidationProblem, ProblemHttpResult>> DecideAsync(
        string id, bool approve, ApprovalDecisionRequest? request, ClaimsPrincipal user, CaseWorkService work, CancellationToken cancellationToken)
    {
        var comment = request?.Comment?.Trim();
        if (comment?.Length > ApprovalDecisionRequest.MaxCommentLength)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["comment"] = [$"Keep the comment under {ApprovalDecisionRequest.MaxCommentLength} characters."],
            });
        try
        {
            var decided = await work.DecideAsync(id, approve, new CaseActor(user.GetAgentId(), user.GetRoles()), comment, cancellationToken);
            return decided is { } d
                ? TypedResults.Ok(CaseApprovalDto.From(d.Approval))
                : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Approval not found", detail: $"No approval has the id {id}.");
        }
        catch (UnauthorizedAccessException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your approval", detail: e.Message);
        }
        catch (Exception e) when (e is CaseConflictException or CaseTransitionException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Approval cannot be applied", detail: e.Message);
        }
    }
}
