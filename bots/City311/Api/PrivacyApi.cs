using System.Security.Claims;
using CityCrm.City311.Api.Dtos.Privacy;
using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Privacy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityCrm.City311.Api;

/// <summary>
/// Legal holds, subject access exports (<c>/api/privacy</c>, supervisor policy: the records role) and erasure on
/// request (admin only). Every call that reads or changes personal data is audited by <see cref="PrivacyOffice"/>.
/// </summary>
public static class PrivacyApi
{
    public static IEndpointRouteBuilder MapPrivacyApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/privacy").WithTags("Privacy and records");
        var records = group.MapGroup("").RequireAuthorization(AgentPolicies.Supervisor);
        records.MapGet("/holds", ListHoldsAsync);
        records.MapPost("/holds", PlaceHoldAsync);
        records.MapPost("/holds/{id}/release", ReleaseHoldAsync);
        records.MapGet("/contacts/{contactId}/export", ExportContactAsync);
        group.MapPost("/contacts/{contactId}/erase", EraseAsync).RequireAuthorization(PrivacyPolicies.Admin);
        endpoints.MapRecordsApi();
        endpoints.MapMyExportApi();
        return endpoints;
    }

    private static async Task<Ok<List<LegalHoldDto>>> ListHoldsAsync(bool? active, IPrivacyStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok((await store.ListHoldsAsync(active ?? true, cancellationToken)).Select(LegalHoldDto.From).ToList());

    private static async Task<Results<Created<LegalHoldDto>, ProblemHttpResult>> PlaceHoldAsync(
        PlaceHoldRequest request, ClaimsPrincipal user, PrivacyOffice office, CancellationToken cancellationToken)
    {
        try
        {
            var hold = await office.PlaceHoldAsync(request.SubjectKind ?? "", request.SubjectId ?? "", request.Reason ?? "", request.Reference ?? "",
                ContactProfileApi.Actor(user), cancellationToken);
            return hold is null
                ? ContactProblems.NotFound($"No {request.SubjectKind} has the id {request.SubjectId}.")
                : TypedResults.Created($"/api/privacy/holds/{hold.Id}", LegalHoldDto.From(hold));
        }
        catch (ArgumentException ex) when (ex.ParamName is { } field)
        {
            return ContactProblems.BadRequest(field, ex.Message.Replace($" (Parameter '{field}')", "", StringComparison.Ordinal));
        }
    }

    private static async Task<Results<Ok<LegalHoldDto>, ProblemHttpResult>> ReleaseHoldAsync(
        string id, ClaimsPrincipal user, PrivacyOffice office, CancellationToken cancellationToken)
    {
        try
        {
            return await office.ReleaseHoldAsync(id, ContactProfileApi.Actor(user), cancellationToken) is { } released
                ? TypedResults.Ok(LegalHoldDto.From(released))
                : ContactProblems.NotFound($"No legal hold has the id {id}.");
        }
        catch (InvalidOperationException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Already released", detail: ex.Message);
        }
    }

    private static async Task<Results<Ok<RecordExportDto>, ProblemHttpResult>> ExportContactAsync(
        string contactId, ClaimsPrincipal user, PrivacyOffice office, TimeProvider clock, CancellationToken cancellationToken) =>
        await office.ExportContactAsync(contactId, ContactProfileApi.Actor(user), cancellationToken) is { } export
            ? TypedResults.Ok(RecordsApi.ToDto("contact", contactId, export, ContactProfileApi.Actor(user), clock))
            : ContactProblems.NotFound($"No contact has the id {contactId}.");

    private static async Task<Results<Ok<ErasureDto>, ProblemHttpResult>> EraseAsync(
        string contactId, ErasureRequest request, ClaimsPrincipal user, PrivacyOffice office, TimeProvider clock, CancellationToken cancellationToken)
    {
        var reference = request.RequestReference?.Trim();
        if (string.IsNullOrEmpty(reference) || reference.Length > LegalHold.MaxText)
            return ContactProblems.BadRequest("requestReference", $"Give the erasure request's reference (1 to {LegalHold.MaxText} characters).");
        var outcome = await office.EraseAsync(contactId, reference, ContactProfileApi.Actor(user), cancellationToken);
        if (outcome.NotFound)
            return ContactProblems.NotFound($"No contact has the id {contactId}.");
        if (outcome.Holds.Count > 0)
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Under legal hold",
                detail: "Nothing was erased: " + string.Join("; ", outcome.Holds.Select(h => h.Describe())) + ".",
                extensions: new Dictionary<string, object?> { ["holds"] = outcome.Holds.Select(h => new { h.Id, h.Reference, h.SubjectKind, h.SubjectId }).ToList() });
        if (outcome.Counts is not { } counts)
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conversations still open",
                detail: $"Nothing was erased: resolve the contact's open conversations first ({string.Join(", ", outcome.OpenConversations)}).",
                extensions: new Dictionary<string, object?> { ["openConversations"] = outcome.OpenConversations });
        return TypedResults.Ok(new ErasureDto(contactId, reference, clock.GetUtcNow(), counts.Conversations, counts.Messages, counts.Cases));
    }
}
