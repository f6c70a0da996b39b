using System.Security.Claims;
using System.Text;
using CityCrm.City311.Api.Dtos;
using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Supervision;
using CityCrm.Conversations.Surveys;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityCrm.City311.Api;

/// <summary>
/// Surveys for supervisors (<c>/api/supervisor/surveys</c>, supervisor policy): define a structured survey, send it to
/// listed contacts or those with a tag, and read its results per question as JSON or CSV. The satisfaction survey asked
/// after conversations and cases is <c>csat</c>: its results are read the same way.
/// </summary>
public static class SurveysApi
{
    public static IEndpointRouteBuilder MapSurveysApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/supervisor/surveys").WithTags("Surveys").RequireAuthorization(AgentPolicies.Supervisor);
        group.MapGet("/", async (ISurveyStore store, CancellationToken cancellationToken) =>
            TypedResults.Ok((await store.ListSurveysAsync(cancellationToken)).Select(SurveyDto.From).ToList()));
        group.MapPost("/", CreateAsync);
        group.MapGet("/{id}", async Task<Results<Ok<SurveyDto>, ProblemHttpResult>> (string id, SurveyCatalog catalog, CancellationToken cancellationToken) =>
            await catalog.GetAsync(id, cancellationToken) is { } survey ? TypedResults.Ok(SurveyDto.From(survey)) : NotFound(id));
        group.MapPost("/{id}/send", SendAsync);
        group.MapGet("/{id}/results", async Task<Results<Ok<SurveySummary>, ProblemHttpResult>> (
                string id, SurveyCatalog catalog, SurveyResults results, CancellationToken cancellationToken) =>
            await catalog.GetAsync(id, cancellationToken) is { } survey ? TypedResults.Ok(await results.SummarizeAsync(survey, cancellationToken)) : NotFound(id));
        group.MapGet("/{id}/results.csv", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (
                string id, SurveyCatalog catalog, SurveyResults results, CancellationToken cancellationToken) =>
            await catalog.GetAsync(id, cancellationToken) is { } survey
                ? TypedResults.File(Encoding.UTF8.GetBytes(CsvWriter.Write(SurveyResults.Table(await results.SummarizeAsync(survey, cancellationToken)))),
                    "text/csv; charset=utf-8", $"survey-{survey.Id}.csv")
                : NotFound(id));
        return endpoints;
    }

    private static async Task<Results<Created<SurveyDto>, ValidationProblem>> CreateAsync(
        CreateSurveyRequest request, ClaimsPrincipal user, ISurveyStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (questions, errors) = SurveyDefinitionReader.Read(request);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        var survey = new SurveyDefinition(SurveyRun.NewId(), request.Title!.Trim(), questions, user.GetAgentId(), clock.GetUtcNow());
        await store.CreateSurveyAsync(survey, cancellationToken);
        return TypedResults.Created($"/api/supervisor/surveys/{survey.Id}", SurveyDto.From(survey));
    }

    private static async Task<Results<Ok<SendSurveyResponse>, ValidationProblem, ProblemHttpResult>> SendAsync(
        string id, SendSurveyRequest request, ISurveyStore store, ISurveyAudience audience, SurveyScheduler scheduler, CancellationToken cancellationToken)
    {
        if (await store.GetSurveyAsync(id, cancellationToken) is not { } survey)
            return NotFound(id);
        if ((request.ContactIds is null || request.ContactIds.Count == 0) && string.IsNullOrWhiteSpace(request.Tag))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["contactIds"] = ["List contacts, or give a tag."] });
        var contacts = await audience.ResolveAsync(new SurveyAudienceRequest(request.ContactIds ?? [], request.Tag), cancellationToken);
        var sent = await scheduler.DistributeAsync(survey.Id, contacts, cancellationToken);
        return TypedResults.Ok(new SendSurveyResponse(contacts.Count, sent.Scheduled, sent.AlreadySurveyed, sent.Unreachable));
    }

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown survey", detail: $"There is no survey \"{id}\".");
}
