using System.Security.Claims;
using CityCrm.CaseCore;
using CityCrm.CaseCore.Approvals;
using CityCrm.City311.Api.Dtos;
using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Notifications;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CityCrm.City311.Api;

/// <summary>
/// Staff work on requests (<c>/api/agent/cases</c>, agent policy): work lists by queue, status, assignee or breach, and
/// changes with the version the agent read (If-Match or "version"; a stale one is 409). A status change tells the
/// resident who reported it, on their channel, unless staff say not to; a change a rule gated waits for approval (202).
/// Assigning someone else, changing priority and reopening are for supervisors.
/// </summary>
public static class AgentCasesApi
{
    private static readonly string[] StatusChanges = [CaseActions.Accept, CaseActions.Start, CaseActions.Hold, CaseActions.Resume, CaseActions.Close, CaseActions.Reopen];
    private static readonly string[] Actions = [.. StatusChanges, CaseActions.Assign, CaseActions.Priority, CaseActions.Note, CaseActions.Task];

    public static IEndpointRouteBuilder MapAgentCasesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/agent/cases").WithTags("Agent console").RequireAuthorization(AgentPolicies.Agent);
        group.MapGet("", ListAsync);
        group.MapPost("/{reference}/{action}", ChangeAsync);
        endpoints.MapApprovalsApi();
        return endpoints;
    }

    private static async Task<Results<Ok<List<CaseListItemDto>>, ValidationProblem>> ListAsync(
        string? queue, string? status, string? assignee, bool? breaching, int? offset, int? limit, ClaimsPrincipal user,
        ICaseStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        IReadOnlyList<CaseStatus>? statuses = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            var parsed = status.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(CaseWorkNames.ParseStatus).ToList();
            if (parsed.Any(s => s is null))
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["Use new, open, inProgress, onHold or closed."] });
            statuses = parsed.Select(s => s!.Value).ToList();
        }
        var now = clock.GetUtcNow();
        if (breaching == true)
            statuses ??= [CaseStatus.New, CaseStatus.Open, CaseStatus.InProgress, CaseStatus.OnHold];
        var found = await store.QueryAsync(new CaseQuery
        {
            Queues = string.IsNullOrWhiteSpace(queue) ? null : [queue.Trim()],
            Statuses = statuses,
            Assignee = assignee is "me" ? user.GetAgentId() : string.IsNullOrWhiteSpace(assignee) ? null : assignee.Trim(),
            DueBefore = breaching == true ? now : null,
            Offset = Math.Max(0, offset ?? 0),
            Limit = Math.Clamp(limit ?? 50, 1, 200),
        }, cancellationToken);
        return TypedResults.Ok(found.Select(c => CaseListItemDto.From(c, now)).ToList());
    }

    private static async Task<Results<Ok<CaseUpdateResponse>, Accepted<CaseApprovalDto>, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        string reference, string action, CaseChangeRequest? request, [FromHeader(Name = "If-Match")] string? ifMatch, ClaimsPrincipal user,
        CaseWorkService work, CaseUpdateNotifier notifier, HttpContext http, CancellationToken cancellationToken)
    {
        request ??= new CaseChangeRequest(null);
        action = action.Trim().ToLowerInvariant();
        if (!Actions.Contains(action))
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such change",
                detail: $"'{action}' is not a change staff can make; use one of {string.Join(", ", Actions)}.");
        var note = request.Note?.Trim() ?? "";
        if (note.Length > CaseChangeRequest.MaxNoteLength)
            return Invalid("note", $"Keep the note under {CaseChangeRequest.MaxNoteLength} characters.");
        int? version = request.Version;
        if (version is null && !string.IsNullOrWhiteSpace(ifMatch))
        {
            if (!int.TryParse(ifMatch.Replace("W/", "", StringComparison.Ordinal).Trim('"', ' '), out var parsed))
                return Invalid("If-Match", "Send the case's version, as read, in If-Match (\"3\").");
            version = parsed;
        }
        CasePriority? priority = null;
        if (request.Priority is { } named)
        {
            if (!Enum.TryParse<CasePriority>(named, ignoreCase: true, out var p) || !Enum.IsDefined(p) || int.TryParse(named, out _))
                return Invalid("priority", "Use low, normal, high or urgent.");
            priority = p;
        }
        if (SupervisorOnly(action, request, user) is { } refusal)
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Supervisors only", detail: refusal);
        var change = new CaseChange(action)
        {
            Note = note, ResolutionCode = request.ResolutionCode, Queue = request.Queue,
            Person = action == CaseActions.Assign && request.Person is null && request.Queue is null ? user.GetAgentId() : request.Person,
            Priority = priority, TaskId = request.TaskId, Done = request.Done, Notify = request.Notify,
        };
        CaseChangeResult? result;
        try
        {
            result = await work.ChangeAsync(reference.Trim(), version, change, new CaseActor(user.GetAgentId(), user.GetRoles()), cancellationToken);
        }
        catch (CaseConflictException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Case changed", detail: e.Message);
        }
        catch (CaseTransitionException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Request not in that state", detail: e.Message);
        }
        catch (ArgumentException e)
        {
            return Invalid(e.ParamName ?? action, e.Message.Split(" (Parameter", 2)[0]);
        }
        if (result is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Case not found", detail: $"No case has the reference {reference}.");
        if (result.Pending is { } pending)
            return TypedResults.Accepted($"/api/agent/approvals/{pending.Id}", CaseApprovalDto.From(pending));
        var notice = !StatusChanges.Contains(action)
            ? new CaseNotice(false, "Only status changes are sent to the resident.")
            : request.Notify
                ? await notifier.NotifyAsync(result.Case, note, cancellationToken)
                : new CaseNotice(false, "Staff chose not to notify the resident.");
        http.Response.Headers.ETag = $"\"{result.Case.Version}\"";
        return TypedResults.Ok(CaseUpdateResponse.From(result.Case, notice));
    }

    private static string? SupervisorOnly(string action, CaseChangeRequest request, ClaimsPrincipal user)
    {
        if (user.IsSupervisor())
            return null;
        return action switch
        {
            CaseActions.Priority => "Only a supervisor changes a case's priority.",
            CaseActions.Reopen => "Only a supervisor reopens a closed case.",
            CaseActions.Assign when request.Queue is not null || request.Person is not null && request.Person != user.GetAgentId() =>
                "Agents take cases for themselves; routing to a queue or another person is for supervisors.",
            _ => null,
        };
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
