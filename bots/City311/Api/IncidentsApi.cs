using System.Security.Claims;
using CityCrm.CaseCore.Incidents;
using CityCrm.City311.Api.Dtos;
using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Notifications;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityCrm.City311.Api;

/// <summary>
/// Incidents for supervisors (<c>/api/supervisor/incidents</c>, supervisor policy): suggestions from clusters of reports,
/// opening one from a suggestion or by hand, linking and unlinking cases, pinning the residents' message, and closing it,
/// which tells every linked reporter once. <c>notify</c> retries notices a failed close left unsent.
/// </summary>
public static class IncidentsApi
{
    public static IEndpointRouteBuilder MapIncidentsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/supervisor/incidents").WithTags("Incidents")
            .RequireAuthorization(AgentPolicies.Supervisor).AddEndpointFilter(IncidentsApiErrors.MapDomainErrorsAsync);
        group.MapGet("/", ListAsync);
        group.MapGet("/suggestions", async (IncidentSuggester suggester, CancellationToken cancellationToken) =>
            TypedResults.Ok((await suggester.SuggestAsync(cancellationToken)).Select(IncidentSuggestionDto.From).ToList()));
        group.MapPost("/", CreateAsync);
        group.MapGet("/{id}", async Task<Results<Ok<IncidentDto>, ProblemHttpResult>> (string id, IncidentService incidents, CancellationToken cancellationToken) =>
            Found(await incidents.GetAsync(id, cancellationToken), id));
        group.MapPost("/{id}/cases", async Task<Results<Ok<IncidentDto>, ProblemHttpResult>> (string id, LinkCaseRequest request, ClaimsPrincipal user,
                IncidentService incidents, CancellationToken cancellationToken) =>
            Found(await incidents.LinkCaseAsync(id, request.Reference ?? "", user.GetAgentId(), cancellationToken), id));
        group.MapDelete("/{id}/cases/{reference}", async Task<Results<Ok<IncidentDto>, ProblemHttpResult>> (string id, string reference, ClaimsPrincipal user,
                IncidentService incidents, CancellationToken cancellationToken) =>
            Found(await incidents.UnlinkCaseAsync(id, reference, user.GetAgentId(), cancellationToken), id));
        group.MapPut("/{id}/message", async Task<Results<Ok<IncidentDto>, ProblemHttpResult>> (string id, IncidentMessageDto message, ClaimsPrincipal user,
                IncidentService incidents, CancellationToken cancellationToken) =>
            Found(await incidents.PinAsync(id, message.ToMessage(), user.GetAgentId(), cancellationToken), id));
        group.MapPost("/{id}/close", CloseAsync);
        group.MapPost("/{id}/notify", NotifyAsync);
        group.MapGet("/{id}/notifications", NotificationsAsync);
        return endpoints;
    }

    private static async Task<Ok<List<IncidentDto>>> ListAsync(string? status, IncidentService incidents, CancellationToken cancellationToken)
    {
        IncidentStatus? wanted = Enum.TryParse<IncidentStatus>(status, ignoreCase: true, out var parsed) ? parsed : null;
        return TypedResults.Ok((await incidents.ListAsync(wanted, cancellationToken)).Select(IncidentDto.From).ToList());
    }

    private static async Task<Results<Created<IncidentDto>, ValidationProblem>> CreateAsync(
        CreateIncidentRequest request, ClaimsPrincipal user, IncidentService incidents, CancellationToken cancellationToken)
    {
        string? problem = null;
        var area = request.Area?.ToArea(out problem);
        if (problem is not null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["area.centre"] = [problem] });
        var created = await incidents.CreateAsync(
            new NewIncident(request.Title ?? "", request.ServiceCodes ?? [], area, request.Pinned?.ToMessage() ?? new IncidentMessage(""))
            {
                Keywords = request.Keywords ?? [],
                Cases = request.Cases ?? [],
            }, user.GetAgentId(), cancellationToken);
        return TypedResults.Created($"/api/supervisor/incidents/{created.Id}", IncidentDto.From(created));
    }

    private static async Task<Results<Ok<CloseIncidentResponse>, ProblemHttpResult>> CloseAsync(
        string id, IncidentMessageDto closing, ClaimsPrincipal user, IncidentService incidents, IncidentClosedNotifier notifier,
        CancellationToken cancellationToken)
    {
        if (await incidents.CloseAsync(id, closing.ToMessage(), user.GetAgentId(), cancellationToken) is not { } closed)
            return NotFound(id);
        return TypedResults.Ok(await NoticesAsync(closed, notifier, cancellationToken));
    }

    private static async Task<Results<Ok<CloseIncidentResponse>, ProblemHttpResult>> NotifyAsync(
        string id, IncidentService incidents, IncidentClosedNotifier notifier, CancellationToken cancellationToken)
    {
        if (await incidents.GetAsync(id, cancellationToken) is not { } incident)
            return NotFound(id);
        return TypedResults.Ok(await NoticesAsync(incident, notifier, cancellationToken));
    }

    private static async Task<Results<Ok<List<IncidentNotificationDto>>, ProblemHttpResult>> NotificationsAsync(
        string id, IncidentService incidents, IIncidentStore store, CancellationToken cancellationToken)
    {
        if (await incidents.GetAsync(id, cancellationToken) is null)
            return NotFound(id);
        return TypedResults.Ok((await store.ListNotificationsAsync(id, cancellationToken)).Select(IncidentNotificationDto.From).ToList());
    }

    private static async Task<CloseIncidentResponse> NoticesAsync(Incident incident, IncidentClosedNotifier notifier, CancellationToken cancellationToken) =>
        new(IncidentDto.From(incident), (await notifier.NotifyAsync(incident, cancellationToken)).Select(IncidentNotificationDto.From).ToList());

    private static Results<Ok<IncidentDto>, ProblemHttpResult> Found(Incident? incident, string id) =>
        incident is null ? NotFound(id) : TypedResults.Ok(IncidentDto.From(incident));

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Incident not found", detail: $"No incident has the id '{id}'.");
}
