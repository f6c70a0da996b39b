using System.Security.Claims;
using CityCrm.City311.Api.Dtos;
using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Contacts;
using CityCrm.Conversations.Contacts.Profiles;
using CityCrm.Conversations.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityCrm.City311.Api;

/// <summary>
/// A resident's history across channels for agents (<c>/api/agent</c>, agent policy): one person is one contact
/// whether they text, call or chat, so the console can show every conversation with them beside the open one.
/// </summary>
public static class ContactsApi
{
    /// <summary>How many conversations a contact's history lists at most.</summary>
    public const int HistoryLimit = 50;

    public static IEndpointRouteBuilder MapContactsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/agent").WithTags("Agent console").RequireAuthorization(AgentPolicies.Agent);
        group.MapGet("/contacts/{contactId}", GetContactAsync);
        group.MapGet("/conversations/{id}/contact", GetConversationContactAsync);
        return endpoints;
    }

    private static async Task<Results<Ok<ContactHistoryDto>, ProblemHttpResult>> GetContactAsync(
        string contactId, ClaimsPrincipal user, IConversationStore store, AgentWorkspace workspace, IOptOutRegistry optOuts, ContactProfiles profiles,
        CancellationToken cancellationToken)
    {
        if (await store.GetContactAsync(contactId, cancellationToken) is not { } contact)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Contact not found", detail: $"No contact has the id {contactId}.");
        await profiles.AuditReadAsync(contact.Id, ContactProfileApi.Actor(user), "history", cancellationToken);
        return TypedResults.Ok(await HistoryAsync(contact, store, workspace, optOuts, cancellationToken));
    }

    private static async Task<Results<Ok<ContactHistoryDto>, ProblemHttpResult>> GetConversationContactAsync(
        string id, ClaimsPrincipal user, IConversationStore store, AgentWorkspace workspace, IOptOutRegistry optOuts, ContactProfiles profiles,
        CancellationToken cancellationToken)
    {
        var conversation = await store.GetAsync(id, cancellationToken);
        var contact = conversation is null ? null : await store.GetContactAsync(conversation.ContactId, cancellationToken);
        if (contact is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Conversation not found", detail: $"No conversation has the id {id}.");
        await profiles.AuditReadAsync(contact.Id, ContactProfileApi.Actor(user), "conversation contact", cancellationToken);
        return TypedResults.Ok(await HistoryAsync(contact, store, workspace, optOuts, cancellationToken));
    }

    internal static async Task<ContactHistoryDto> HistoryAsync(
        Contact contact, IConversationStore store, AgentWorkspace workspace, IOptOutRegistry optOuts, CancellationToken cancellationToken)
    {
        var conversations = await store.ListByContactAsync(contact.Id, HistoryLimit, cancellationToken);
        var items = new List<ContactConversationDto>(conversations.Count);
        foreach (var conversation in conversations)
        {
            var summary = await workspace.SummarizeAsync(conversation, cancellationToken);
            items.Add(new ContactConversationDto(
                conversation.Id,
                conversation.ChannelId,
                summary.InboxName,
                summary.Status,
                await optOuts.IsOptedOutAsync(conversation.ChannelId, conversation.Address, cancellationToken),
                summary.LastMessage,
                summary.LastMessageAt,
                conversation.CreatedAt,
                conversation.UpdatedAt));
        }
        return new ContactHistoryDto(contact.Id, contact.DisplayName, items);
    }
}
