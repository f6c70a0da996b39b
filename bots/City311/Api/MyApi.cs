using System.Security.Claims;
using CityCrm.CaseCore;
using CityCrm.City311.Api.Dtos.My;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Portal;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityCrm.City311.Api;

/// <summary>
/// The signed-in resident's own data (<c>/api/my/...</c>, resident policy, resident cookie only): their service
/// requests with the history residents see, and their conversations on every channel without staff notes. Every
/// query is scoped to the contact in the session; someone else's request or conversation is a 404, exactly like
/// one that does not exist, so guessing ids tells nothing.
/// </summary>
public static class MyApi
{
    /// <summary>Conversations and messages listed at most.</summary>
    public const int Limit = 500;

    // What residents see of a request's history: status changes, never assignments, notes, tasks or approvals.
    private static readonly string[] VisibleSteps =
        [CaseActions.Reported, CaseActions.Status, CaseActions.Accept, CaseActions.Start, CaseActions.Hold, CaseActions.Resume, CaseActions.Close, CaseActions.Reopen];

    // Only these steps carry a note written for the resident: the hold reason and the resolution.
    private static readonly string[] StepsWithResidentNote = [CaseActions.Hold, CaseActions.Close];

    public static IEndpointRouteBuilder MapMyApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMySignInApi();
        var group = endpoints.MapGroup("/api/my").WithTags("Resident portal").RequireAuthorization(ResidentClaims.Policy);
        group.MapGet("/requests", ListRequestsAsync);
        group.MapGet("/requests/{reference}", GetRequestAsync);
        group.MapGet("/conversations", ListConversationsAsync);
        group.MapGet("/conversations/{conversationId}/messages", ListMessagesAsync);
        endpoints.MapMyProfileApi();
        endpoints.MapMySubscriptionsApi();
        endpoints.MapMyAddressesApi();
        return endpoints;
    }

    private static async Task<Ok<List<MyRequestDto>>> ListRequestsAsync(ClaimsPrincipal user, ICaseStore cases, CancellationToken cancellationToken) =>
        TypedResults.Ok((await cases.ListByContactAsync(user.GetContactId(), cancellationToken)).Select(ToDto).ToList());

    private static async Task<Results<Ok<MyRequestDto>, ProblemHttpResult>> GetRequestAsync(
        string reference, ClaimsPrincipal user, ICaseStore cases, CancellationToken cancellationToken) =>
        CaseReference.Normalize(reference) is { } normalized
        && await cases.GetByReferenceAsync(normalized, cancellationToken) is { } found
        && found.ContactId == user.GetContactId()
            ? TypedResults.Ok(ToDto(found))
            : ContactProblems.NotFound($"You have no request {reference}.");

    private static async Task<Ok<List<MyConversationDto>>> ListConversationsAsync(
        ClaimsPrincipal user, IConversationStore conversations, IInboxRegistry inboxes, CancellationToken cancellationToken) =>
        TypedResults.Ok((await conversations.ListByContactAsync(user.GetContactId(), Limit, cancellationToken))
            .Select(c => new MyConversationDto(c.Id, c.ChannelId, inboxes.Find(c.InboxId)?.Name ?? c.ChannelId,
                c.Status == ConversationStatus.Resolved ? "closed" : "open", c.CreatedAt, c.UpdatedAt))
            .ToList());

    private static async Task<Results<Ok<List<MyMessageDto>>, ProblemHttpResult>> ListMessagesAsync(
        string conversationId, ClaimsPrincipal user, IConversationStore conversations, CancellationToken cancellationToken)
    {
        var conversation = await conversations.GetAsync(conversationId, cancellationToken);
        if (conversation is null || conversation.ContactId != user.GetContactId())
            return ContactProblems.NotFound($"You have no conversation {conversationId}.");
        var messages = await conversations.GetMessagesAsync(conversationId, 0, Limit, cancellationToken);
        return TypedResults.Ok(messages
            .Where(m => !m.IsPrivate && m.AuthorKind is not AuthorKind.System && !string.IsNullOrWhiteSpace(m.Text)
                && m.Activity.Type is null or Channels.Schema.ActivityTypes.Message)
            .Select(m => m.AuthorKind == AuthorKind.Contact
                ? new MyMessageDto(m.Sequence, m.CreatedAt, "you", null, m.Text!)
                : new MyMessageDto(m.Sequence, m.CreatedAt, "city", m.AuthorName, m.Text!))
            .ToList());
    }

    private static MyRequestDto ToDto(Case c) => new(
        c.Reference, c.ServiceName, c.Description, c.Location, ResidentStatus(c.Status), c.CreatedAt, c.UpdatedAt,
        [.. c.History.Where(h => VisibleSteps.Contains(h.Action))
            .Select(h => new MyRequestEventDto(h.At, h.Action, ResidentStatus(h.Status), StepsWithResidentNote.Contains(h.Action) ? h.Note : null))]);

    // Residents read "open" for a request not yet routed: the difference is the city's, not theirs.
    private static string ResidentStatus(CaseStatus status) => status == CaseStatus.New ? "open" : Case.Describe(status);
}
