using System.Security.Claims;
using CityCrm.City311.Api.Dtos;
using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Outreach;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CityCrm.City311.Api;

/// <summary>
/// Alerts and outreach for supervisors (<c>/api/supervisor/outreach</c>, supervisor policy): segments (create, edit,
/// preview), broadcasts (send with confirmation when empty or very large, report, cancel) and the subscription topics.
/// </summary>
public static class OutreachApi
{
    public static IEndpointRouteBuilder MapOutreachApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/supervisor/outreach").WithTags("Outreach")
            .RequireAuthorization(AgentPolicies.Supervisor).AddEndpointFilter(OutreachApiErrors.MapDomainErrorsAsync);
        group.MapGet("/segments", async (SegmentService segments, CancellationToken cancellationToken) =>
            TypedResults.Ok((await segments.ListAsync(cancellationToken)).Select(SegmentDto.From).ToList()));
        group.MapPost("/segments", async (SegmentRequest request, ClaimsPrincipal user, SegmentService segments, CancellationToken cancellationToken) =>
        {
            var created = await segments.CreateAsync(request.Name, RulesOf(request.Rules), user.GetAgentId(), cancellationToken);
            return TypedResults.Created($"/api/supervisor/outreach/segments/{created.Id}", SegmentDto.From(created));
        });
        group.MapGet("/segments/{id}", async Task<Results<Ok<SegmentDto>, ProblemHttpResult>> (string id, SegmentService segments, CancellationToken cancellationToken) =>
            await segments.GetAsync(id, cancellationToken) is { } s ? TypedResults.Ok(SegmentDto.From(s)) : NotFound("segment", id));
        group.MapPut("/segments/{id}", UpdateAsync);
        group.MapPost("/segments/preview", async (SegmentPreviewRequest request, SegmentService segments, IOptions<OutreachOptions> options, CancellationToken cancellationToken) =>
            TypedResults.Ok(SegmentPreviewDto.From(await segments.PreviewAsync(RulesOf(request.Rules), request.HouseholdOnce, cancellationToken), options.Value.ConfirmAbove)));
        group.MapGet("/segments/{id}/preview", PreviewAsync);
        group.MapGet("/broadcasts", async (BroadcastView view, CancellationToken cancellationToken) => TypedResults.Ok(await view.ListAsync(cancellationToken)));
        group.MapPost("/broadcasts", SendAsync);
        group.MapGet("/broadcasts/{id}", async Task<Results<Ok<BroadcastDto>, ProblemHttpResult>> (string id, BroadcastView view, CancellationToken cancellationToken) =>
            await view.GetAsync(id, cancellationToken) is { } b ? TypedResults.Ok(b) : NotFound("broadcast", id));
        group.MapPost("/broadcasts/{id}/cancel", CancelAsync);
        group.MapGet("/topics", (ISubscriptionService subscriptions) => TypedResults.Ok(subscriptions.Topics.Select(SubscriptionTopicDto.From).ToList()));
        return endpoints;
    }

    private static async Task<Results<Ok<SegmentDto>, ProblemHttpResult>> UpdateAsync(
        string id, SegmentRequest request, ClaimsPrincipal user, SegmentService segments, CancellationToken cancellationToken)
    {
        if (request.Version is not { } version)
            throw new OutreachValidationException("version", "Send the version the segment was read at, so a change made meanwhile is not overwritten.");
        return await segments.UpdateAsync(id, version, request.Name, RulesOf(request.Rules), user.GetAgentId(), cancellationToken) is { } saved
            ? TypedResults.Ok(SegmentDto.From(saved))
            : NotFound("segment", id);
    }

    private static async Task<Results<Ok<SegmentPreviewDto>, ProblemHttpResult>> PreviewAsync(
        string id, bool? householdOnce, SegmentService segments, IOptions<OutreachOptions> options, CancellationToken cancellationToken)
    {
        if (await segments.GetAsync(id, cancellationToken) is not { } segment)
            return NotFound("segment", id);
        return TypedResults.Ok(SegmentPreviewDto.From(await segments.PreviewAsync(segment.Rules, householdOnce ?? false, cancellationToken), options.Value.ConfirmAbove));
    }

    private static async Task<Results<Created<BroadcastDto>, ProblemHttpResult>> SendAsync(
        BroadcastRequestDto request, ClaimsPrincipal user, BroadcastPlanner planner, BroadcastView view, CancellationToken cancellationToken)
    {
        Broadcast planned;
        try
        {
            planned = await planner.PlanAsync(new BroadcastRequest(request.SegmentId ?? "", request.Topic, request.Texts ?? [], request.HouseholdOnce, request.Confirm),
                user.GetAgentId(), cancellationToken);
        }
        catch (KeyNotFoundException)
        {
            return NotFound("segment", request.SegmentId ?? "");
        }
        return TypedResults.Created($"/api/supervisor/outreach/broadcasts/{planned.Id}", (await view.GetAsync(planned.Id, cancellationToken))!);
    }

    private static async Task<Results<Ok<BroadcastDto>, ProblemHttpResult>> CancelAsync(
        string id, IBroadcastStore broadcasts, BroadcastView view, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await broadcasts.GetAsync(id, cancellationToken) is not { } broadcast)
            return NotFound("broadcast", id);
        broadcast.Cancel(clock.GetUtcNow());
        if (!await broadcasts.CancelAsync(id, clock.GetUtcNow(), cancellationToken))
            throw new Conversations.Model.InvalidTransitionException("The broadcast finished while it was being cancelled.");
        return TypedResults.Ok((await view.GetAsync(id, cancellationToken))!);
    }

    private static SegmentRules RulesOf(SegmentRulesDto? rules) =>
        rules?.ToRules() ?? throw new OutreachValidationException("rules", "A segment needs its rules.");

    private static ProblemHttpResult NotFound(string what, string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No such {what}", detail: $"There is no {what} \"{id}\".");
}
