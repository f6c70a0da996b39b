using System.Security.Claims;
using CityCrm.City311.Api.Dtos;
using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Contacts.Consent;
using CityCrm.Conversations.Contacts.Profiles;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityCrm.City311.Api;

/// <summary>
/// A contact's consents (<c>/api/agent/contacts/{id}/consents</c>, agent policy): each opt-in or opt-out is recorded
/// with its channel and topic, time, source (and the agent who entered it) and the exact wording shown, and
/// audited. Every sender checks them before a message goes out (<see cref="IConsentPolicy"/>).
/// </summary>
public static class ContactConsentApi
{
    private static readonly string[] Channels = [ConsentRecord.Any, .. ContactProfile.Channels];

    public static IEndpointRouteBuilder MapContactConsentApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/agent/contacts/{contactId}").WithTags("Contacts").RequireAuthorization(AgentPolicies.Agent);
        group.MapPost("/consents", RecordAsync);
        return endpoints;
    }

    private static async Task<Results<Ok<ContactProfileDto>, ProblemHttpResult>> RecordAsync(
        string contactId, ConsentRequest request, ClaimsPrincipal user, IContactProfileStore profiles, IContactConsentStore consents,
        ContactProfileView view, TimeProvider clock, CancellationToken cancellationToken)
    {
        var channel = string.IsNullOrWhiteSpace(request.Channel) ? ConsentRecord.Any : request.Channel.Trim().ToLowerInvariant();
        if (!Channels.Contains(channel))
            return ContactProblems.BadRequest("channel", $"Unknown channel \"{request.Channel}\": use one of {string.Join(", ", Channels)}.");
        var topic = string.IsNullOrWhiteSpace(request.Topic) ? ConsentRecord.Any : request.Topic.Trim().ToLowerInvariant();
        if (topic.Length > 100)
            return ContactProblems.BadRequest("topic", "At most 100 characters.");
        if (request.OptedIn is not { } optedIn)
            return ContactProblems.BadRequest("optedIn", "Say whether the resident opted in (true) or out (false).");
        if (string.IsNullOrWhiteSpace(request.Wording) || request.Wording.Length > 2000)
            return ContactProblems.BadRequest("wording", "The exact wording the resident agreed to is required (at most 2,000 characters).");
        var source = string.IsNullOrWhiteSpace(request.Source) ? "agent" : request.Source.Trim();
        if (await profiles.GetAsync(contactId, cancellationToken) is not { } profile)
            return ContactProblems.NotFound($"No contact has the id {contactId}.");
        var actor = ContactProfileApi.Actor(user);
        var now = clock.GetUtcNow();
        await consents.RecordAsync(new ConsentRecord(contactId, channel, topic, optedIn, now, $"{source} (entered by {actor})", request.Wording.Trim()), cancellationToken);
        await profiles.AppendAuditAsync(new ContactAuditEntry(contactId, actor, now, ContactAuditEntry.Change, $"consent:{channel}/{topic}", null,
            optedIn ? "opted in" : "opted out"), cancellationToken);
        return TypedResults.Ok(await view.BuildAsync(profile, cancellationToken));
    }
}
