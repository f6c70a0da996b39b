using System.Security.Claims;
using CityCrm.City311.Api.Dtos.My;
using CityCrm.Conversations;
using CityCrm.Conversations.Contacts.Profiles;
using CityCrm.Conversations.Outreach;
using CityCrm.Conversations.Portal;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CityCrm.City311.Api;

/// <summary>
/// The signed-in resident's topic subscriptions (<c>/api/my/subscriptions</c>): the topics the city offers, which ones
/// they follow, and following or unfollowing one. Each change goes through <see cref="ISubscriptionService"/> as a
/// consent record with source "portal" and the wording the page showed, and into the contact's audit trail.
/// </summary>
public static class MySubscriptionsApi
{
    public static IEndpointRouteBuilder MapMySubscriptionsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/my").WithTags("Resident portal").RequireAuthorization(ResidentClaims.Policy);
        group.MapGet("/subscriptions", ListAsync);
        group.MapPost("/subscriptions", ChangeAsync);
        return endpoints;
    }

    private static async Task<Ok<List<MySubscriptionDto>>> ListAsync(
        string? language, ClaimsPrincipal user, ISubscriptionService subscriptions, IOptions<ConversationOptions> options, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ToDtosAsync(user.GetContactId(), subscriptions, options.Value.CityName, language, cancellationToken));

    private static async Task<Results<Ok<List<MySubscriptionDto>>, ProblemHttpResult>> ChangeAsync(
        MySubscriptionRequest request, ClaimsPrincipal user, ISubscriptionService subscriptions, IContactProfileStore profiles,
        IOptions<ConversationOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var contactId = user.GetContactId();
        if (request.Follow is not { } follow)
            return ContactProblems.BadRequest("follow", "Say whether you follow the topic (true) or not (false).");
        // Ids only: a keyword is for text messages, and the page sends the id it listed.
        if (subscriptions.Topics.FirstOrDefault(t => string.Equals(t.Id, request.Topic?.Trim(), StringComparison.OrdinalIgnoreCase)) is not { } topic)
            return ContactProblems.BadRequest("topic", $"The city offers no topic \"{request.Topic}\".");
        var city = options.Value.CityName;
        var wording = MySubscriptionWording.For(city, topic, follow, request.Language);
        if (follow)
            await subscriptions.SubscribeAsync(contactId, topic.Id, MyProfileApi.Source, wording, cancellationToken);
        else
            await subscriptions.UnsubscribeAsync(contactId, topic.Id, MyProfileApi.Source, wording, cancellationToken);
        await profiles.AppendAuditAsync(new ContactAuditEntry(contactId, MyProfileApi.Actor, clock.GetUtcNow(), ContactAuditEntry.Change,
            $"consent:*/{OutreachTopics.Subscription(topic.Id)}", null, follow ? "subscribed" : "unsubscribed"), cancellationToken);
        return TypedResults.Ok(await ToDtosAsync(contactId, subscriptions, city, request.Language, cancellationToken));
    }

    private static async Task<List<MySubscriptionDto>> ToDtosAsync(
        string contactId, ISubscriptionService subscriptions, string city, string? language, CancellationToken cancellationToken) =>
        [.. (await subscriptions.ListAsync(contactId, cancellationToken)).Select(s => new MySubscriptionDto(
            s.Topic.Id, s.Topic.NameFor(language == "es" ? "es" : "en"), s.Subscribed, s.Since,
            MySubscriptionWording.For(city, s.Topic, true, language), MySubscriptionWording.For(city, s.Topic, false, language)))];
}
