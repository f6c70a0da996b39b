using System.Security.Claims;
using CityCrm.City311.Api.Dtos;
using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Contacts.Profiles;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityCrm.City311.Api;

/// <summary>
/// Duplicates and merges (<c>/api/agent/contacts/...</c>, agent policy): contacts with the same phone or email are
/// flagged and name-and-address look-alikes suggested, never merged on their own; an agent merges one into another
/// and can undo it for ten minutes. Merging a contact with itself is refused.
/// </summary>
public static class ContactMergeApi
{
    public static IEndpointRouteBuilder MapContactMergeApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/agent/contacts").WithTags("Contacts").RequireAuthorization(AgentPolicies.Agent);
        group.MapGet("/{contactId}/duplicates", DuplicatesAsync);
        group.MapPost("/{contactId}/merge", MergeAsync);
        group.MapPost("/merges/{mergeId}/undo", UndoAsync);
        return endpoints;
    }

    private static async Task<Results<Ok<IReadOnlyList<ContactDuplicate>>, ProblemHttpResult>> DuplicatesAsync(
        string contactId, IContactProfileStore store, ContactDuplicates duplicates, CancellationToken cancellationToken) =>
        await store.GetAsync(contactId, cancellationToken) is { } data
            ? TypedResults.Ok(await duplicates.FindAsync(data, cancellationToken))
            : ContactProblems.NotFound($"No contact has the id {contactId}.");

    private static async Task<Results<Ok<ContactMergeDto>, ProblemHttpResult>> MergeAsync(
        string contactId, MergeRequest request, ClaimsPrincipal user, ContactMerger merger, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.SourceId))
            return ContactProblems.BadRequest("sourceId", "Name the contact to merge into this one.");
        if (request.SourceId == contactId)
            return ContactProblems.BadRequest("sourceId", "A contact cannot be merged with itself.");
        return await ContactProblems.RunAsync(async () => ToDto(await merger.MergeAsync(contactId, request.SourceId, ContactProfileApi.Actor(user), cancellationToken)));
    }

    private static async Task<Results<Ok<ContactMergeDto>, ProblemHttpResult>> UndoAsync(
        string mergeId, ClaimsPrincipal user, ContactMerger merger, IContactMergeStore merges, CancellationToken cancellationToken)
    {
        var outcome = await merger.UndoAsync(mergeId, ContactProfileApi.Actor(user), cancellationToken);
        return outcome switch
        {
            UndoMergeOutcome.Undone => TypedResults.Ok(ToDto((await merges.GetAsync(mergeId, cancellationToken))!)),
            UndoMergeOutcome.NotFound => ContactProblems.NotFound($"No merge has the id {mergeId}."),
            UndoMergeOutcome.Expired => Conflict($"The merge can only be undone within {ContactMerger.UndoWindow.TotalMinutes:0} minutes."),
            UndoMergeOutcome.AlreadyUndone => Conflict("The merge was already undone."),
            _ => Conflict("The merged contact was edited since the merge; undoing it would lose that edit."),
        };
    }

    private static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Cannot undo", detail: detail);

    private static ContactMergeDto ToDto(ContactMerge m) =>
        new(m.Id, m.SourceId, m.TargetId, m.Actor, m.At, m.UndoUntil, m.UndoneAt, m.Conversations, m.Cases, m.Consents, m.Identities);
}
