using System.Security.Claims;
using CityCrm.City311.Api.Dtos.Privacy;
using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Privacy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityCrm.City311.Api;

/// <summary>
/// Records-request exports (<c>/api/privacy/records</c>, supervisor policy): a conversation or a case with its full
/// history as JSON, or as printable text with <c>?format=text</c>. Each export is audited.
/// </summary>
public static class RecordsApi
{
    public static IEndpointRouteBuilder MapRecordsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/privacy/records").WithTags("Privacy and records").RequireAuthorization(AgentPolicies.Supervisor);
        group.MapGet("/conversations/{id}", ConversationAsync);
        group.MapGet("/cases/{reference}", CaseAsync);
        return endpoints;
    }

    internal static RecordExportDto ToDto(string kind, string id, IReadOnlyList<RecordSection> export, string actor, TimeProvider clock) =>
        new(kind, id, clock.GetUtcNow(), actor, export.ToDictionary(s => s.Name, s => s.Rows));

    private static async Task<IResult> ConversationAsync(
        string id, string? format, ClaimsPrincipal user, PrivacyOffice office, TimeProvider clock, CancellationToken cancellationToken) =>
        BadFormat(format) ?? (await office.ExportConversationAsync(id, ContactProfileApi.Actor(user), cancellationToken) is { } export
            ? Answer("conversation", id, export, format, user, clock)
            : ContactProblems.NotFound($"No conversation has the id {id}."));

    private static async Task<IResult> CaseAsync(
        string reference, string? format, ClaimsPrincipal user, PrivacyOffice office, TimeProvider clock, CancellationToken cancellationToken) =>
        BadFormat(format) ?? (await office.ExportCaseAsync(reference, ContactProfileApi.Actor(user), cancellationToken) is { } export
            ? Answer("case", reference, export, format, user, clock)
            : ContactProblems.NotFound($"No case has the reference {reference}."));

    private static ProblemHttpResult? BadFormat(string? format) =>
        format is null or "json" or "text" ? null : ContactProblems.BadRequest("format", "Use json or text.");

    private static IResult Answer(string kind, string id, IReadOnlyList<RecordSection> export, string? format, ClaimsPrincipal user, TimeProvider clock)
    {
        var dto = ToDto(kind, id, export, ContactProfileApi.Actor(user), clock);
        return format == "text"
            ? TypedResults.Text(RecordText.Render(dto), "text/plain; charset=utf-8")
            : TypedResults.Ok(dto);
    }
}
