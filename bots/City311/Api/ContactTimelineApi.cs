using System.Security.Claims;
using CityCrm.City311.Api.Dtos;
using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Contacts.Profiles;
using CityCrm.Conversations.Hubs;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityCrm.City311.Api;

/// <summary>
/// One thread per person (<c>/api/agent</c>, agent policy): the messages of all the person's conversations on every
/// channel in time order, where they can be answered, and a reply sent on another of their channels from the
/// conversation the agent holds.
/// </summary>
public static class ContactTimelineApi
{
    /// <summary>How many messages a timeline returns by default, and at most.</summary>
    public const int DefaultLimit = ThreadPosition.DefaultPageSize, MaxLimit = 1000;

    public static IEndpointRouteBuilder MapContactTimelineApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/agent/conversations/{id}").WithTags("Agent console").RequireAuthorization(AgentPolicies.Agent);
        group.MapGet("/timeline", GetAsync);
        group.MapPost("/reply-via/{targetId}", ReplyViaAsync);
        return endpoints;
    }

    private static async Task<Results<Ok<TimelineDto>, ValidationProblem, ProblemHttpResult>> GetAsync(
        string id, int? limit, string? before, ClaimsPrincipal user, IConversationStore store, IInboxRegistry inboxes, ReplyReach reach,
        ContactProfiles profiles, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > MaxLimit)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"Use 1 to {MaxLimit}."] });
        TimelineCursor? cursor = null;
        if (before is not null && !TimelineCursor.TryParse(before, out cursor))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["before"] = ["Pass the timeline's own \"older\" value."] });
        var conversation = await store.GetAsync(id, cancellationToken);
        var contact = conversation is null ? null : await store.GetContactAsync(conversation.ContactId, cancellationToken);
        if (contact is null)
            return ConsoleProblems.ConversationNotFound(id);
        await profiles.AuditReadAsync(contact.Id, ContactProfileApi.Actor(user), "timeline", cancellationToken);
        var conversations = await store.ListByContactAsync(contact.Id, ContactsApi.HistoryLimit, cancellationToken);
        var reachable = new List<ReachDto>(conversations.Count);
        foreach (var c in conversations.OrderByDescending(c => c.UpdatedAt))
            reachable.Add(await reach.DescribeAsync(c, inboxes.Find(c.InboxId)?.Name, cancellationToken));
        // One more than asked says whether an older page exists without counting the person's whole history.
        var take = limit ?? DefaultLimit;
        var page = await store.GetThreadPageAsync(contact.Id, cursor?.Position, take + 1, cancellationToken);
        var latest = page.Take(take).Reverse()
            .Select(m => new TimelineEntryDto(m.Message.ConversationId, m.ChannelId, MessageDto.From(m.Message))).ToList();
        var older = page.Count > take ? TimelineCursor.Of(latest[0]).ToString() : null;
        return TypedResults.Ok(new TimelineDto(contact.Id, contact.DisplayName, latest, reachable, older));
    }

    private static async Task<Results<Ok<MessageDto>, ValidationProblem, ProblemHttpResult>> ReplyViaAsync(
        string id, string targetId, ReplyRequest request, ClaimsPrincipal user, IConversationStore store, ConversationService conversations,
        ReplyReach reach, ReplyWindow window, CancellationToken cancellationToken)
    {
        var text = request.Text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > ReplyRequest.MaxLength)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [$"Write 1 to {ReplyRequest.MaxLength} characters."] });
        var held = await store.GetAsync(id, cancellationToken);
        if (held is null)
            return ConsoleProblems.ConversationNotFound(id);
        if (held.Status != ConversationStatus.Assigned || held.AssigneeId != user.GetAgentId())
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your conversation",
                detail: "Take the conversation before answering the person on another channel.");
        // Another person's conversation is reported as missing: the id says nothing about who else writes to the city.
        var target = await store.GetAsync(targetId, cancellationToken);
        if (target is null || target.ContactId != held.ContactId)
            return ConsoleProblems.ConversationNotFound(targetId);
        var can = await reach.DescribeAsync(target, null, cancellationToken);
        if (!can.CanReply)
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Cannot answer on this channel", detail: can.Reason);
        if (await window.RefusalAsync(target, request.AsTemplate, cancellationToken) is { } closed)
            return closed;
        var reply = new OutgoingMessage(AuthorKind.Agent, user.GetAgentId(), user.GetDisplayName(), text);
        var sent = await conversations.SendAsync(target.Id, reply, cancellationToken);
        if (target.Id != held.Id)
            await conversations.SendAsync(held.Id, new OutgoingMessage(AuthorKind.System, "system", "CityCrm",
                $"{user.GetDisplayName()} answered on {target.ChannelId} (conversation {target.Id}): {text}", IsPrivate: true), cancellationToken);
        return TypedResults.Ok(MessageDto.From(sent));
    }
}
