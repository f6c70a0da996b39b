using System.Security.Claims;
using CityCrm.City311.Api.Dtos;
using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Contacts.Profiles;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityCrm.City311.Api;

/// <summary>
/// The contact 360 for agents (<c>/api/agent/contacts/{id}/...</c>, agent policy): the profile and everything about
/// the person, edits (each changed field audited with who and when), notes, next actions, and the audit trail.
/// Every read of a contact's personal data is audited too.
/// </summary>
public static class ContactProfileApi
{
    /// <summary>How many audit lines are listed at most.</summary>
    public const int AuditLimit = 200;

    public static IEndpointRouteBuilder MapContactProfileApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/agent/contacts/{contactId}").WithTags("Contacts").RequireAuthorization(AgentPolicies.Agent);
        group.MapGet("/profile", GetAsync);
        group.MapPatch("/profile", EditAsync);
        group.MapPost("/notes", AddNoteAsync);
        group.MapPost("/next-actions", AddNextActionAsync);
        group.MapPost("/next-actions/{actionId}/done", CompleteAsync);
        group.MapGet("/audit", AuditAsync);
        endpoints.MapContactConsentApi();
        endpoints.MapContactMergeApi();
        return endpoints;
    }

    /// <summary>Who is acting, as the audit trail names them.</summary>
    public static string Actor(ClaimsPrincipal user) => user.Identity?.Name ?? user.GetAgentId();

    private static async Task<Results<Ok<ContactProfileDto>, ProblemHttpResult>> GetAsync(
        string contactId, ClaimsPrincipal user, ContactProfiles profiles, ContactProfileView view, CancellationToken cancellationToken) =>
        await profiles.ReadAsync(contactId, Actor(user), "profile", cancellationToken) is { } data
            ? TypedResults.Ok(await view.BuildAsync(data, cancellationToken))
            : ContactProblems.NotFound($"No contact has the id {contactId}.");

    private static Task<Results<Ok<ContactProfileDto>, ProblemHttpResult>> EditAsync(
        string contactId, ContactEditRequest request, ClaimsPrincipal user, ContactProfiles profiles, ContactProfileView view, CancellationToken cancellationToken) =>
        ContactProblems.RunAsync(async () => await view.BuildAsync(
            await profiles.EditAsync(contactId, request.Version, request.ToEdit(), Actor(user), cancellationToken), cancellationToken));

    private static Task<Results<Ok<ContactProfileDto>, ProblemHttpResult>> AddNoteAsync(
        string contactId, ContactNoteRequest request, ClaimsPrincipal user, ContactProfiles profiles, ContactProfileView view, CancellationToken cancellationToken) =>
        ContactProblems.RunAsync(async () => await view.BuildAsync(
            await profiles.AddNoteAsync(contactId, request.Text ?? "", Actor(user), cancellationToken), cancellationToken));

    private static Task<Results<Ok<ContactProfileDto>, ProblemHttpResult>> AddNextActionAsync(
        string contactId, NextActionRequest request, ClaimsPrincipal user, ContactProfiles profiles, ContactProfileView view, CancellationToken cancellationToken)
    {
        var owner = string.IsNullOrWhiteSpace(request.Owner) || request.Owner == "me" ? user.GetAgentId() : request.Owner;
        return ContactProblems.RunAsync(async () => await view.BuildAsync(
            await profiles.AddNextActionAsync(contactId, request.Text ?? "", request.DueAt, owner, Actor(user), cancellationToken), cancellationToken));
    }

    private static Task<Results<Ok<ContactProfileDto>, ProblemHttpResult>> CompleteAsync(
        string contactId, string actionId, ClaimsPrincipal user, ContactProfiles profiles, ContactProfileView view, CancellationToken cancellationToken) =>
        ContactProblems.RunAsync(async () => await view.BuildAsync(
            await profiles.CompleteNextActionAsync(contactId, actionId, Actor(user), cancellationToken), cancellationToken));

    private static async Task<Results<Ok<List<ContactAuditDto>>, ProblemHttpResult>> AuditAsync(
        string contactId, ClaimsPrincipal user, ContactProfiles profiles, IContactProfileStore store, CancellationToken cancellationToken)
    {
        if (await profiles.ReadAsync(contactId, Actor(user), "audit", cancellationToken) is null)
            return ContactProblems.NotFound($"No contact has the id {contactId}.");
        var entries = await store.ListAuditAsync(contactId, AuditLimit, cancellationToken);
        return TypedResults.Ok(entries.Select(e => new ContactAuditDto(e.Actor, e.At, e.Action, e.Field, e.OldValue, e.NewValue)).ToList());
    }
}
