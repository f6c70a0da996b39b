using System.Security.Claims;
using CityCrm.City311.Api.Dtos.My;
using CityCrm.Conversations;
using CityCrm.Conversations.Contacts.Consent;
using CityCrm.Conversations.Contacts.Profiles;
using CityCrm.Conversations.Portal;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CityCrm.City311.Api;

/// <summary>
/// The signed-in resident's details and consents (<c>/api/my/profile</c>, <c>/api/my/consents</c>): they change their
/// names, phones, emails, language and preferred channel by the rules staff edits follow (a refusal names the field
/// and why), and opt in or out per channel and topic, recorded with the time, source "portal" and the wording shown.
/// Each change is in the contact's audit trail as the resident's.
/// </summary>
public static class MyProfileApi
{
    /// <summary>Who the audit trail names for a change made on the portal.</summary>
    public const string Actor = "resident (portal)";

    /// <summary>The source recorded with a consent given on the portal.</summary>
    public const string Source = "portal";

    public static IEndpointRouteBuilder MapMyProfileApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/my").WithTags("Resident portal").RequireAuthorization(ResidentClaims.Policy);
        group.MapGet("/profile", GetAsync);
        group.MapPatch("/profile", EditAsync);
        group.MapPost("/consents", RecordConsentAsync);
        return endpoints;
    }

    private static async Task<Results<Ok<MyProfileDto>, ProblemHttpResult>> GetAsync(
        string? language, ClaimsPrincipal user, IContactProfileStore profiles, IContactConsentStore consents, IOptions<ConversationOptions> options,
        CancellationToken cancellationToken) =>
        await profiles.GetAsync(user.GetContactId(), cancellationToken) is { } data
            ? TypedResults.Ok(await ToDtoAsync(data, consents, options.Value.CityName, language ?? data.Language, cancellationToken))
            : ContactProblems.NotFound("Your details are not available.");

    private static async Task<Results<Ok<MyProfileDto>, ProblemHttpResult>> EditAsync(
        MyProfileEditRequest request, ClaimsPrincipal user, IContactProfileStore profiles, ContactProfiles edits, IContactConsentStore consents,
        IOptions<ConversationOptions> options, CancellationToken cancellationToken)
    {
        var contactId = user.GetContactId();
        if (request.Version is null)
            return ContactProblems.BadRequest("version", "Send the version you read, so a change made meanwhile is not overwritten.");
        if (request.Language is { Length: > 0 } language && language is not ("en" or "es"))
            return ContactProblems.BadRequest("language", "Choose English (en) or Spanish (es).");
        var current = await profiles.GetAsync(contactId, cancellationToken);
        // Labels staff gave a number stay with it when the resident keeps the number.
        var phones = request.Phones?.Select(p => new ContactPhone(p, current?.Phones.FirstOrDefault(c => c.Number == p?.Trim())?.Label)).ToList();
        var edit = new ContactEdit
        {
            GivenName = request.GivenName, FamilyName = request.FamilyName, Phones = phones, Emails = request.Emails,
            Language = request.Language, PreferredChannel = request.PreferredChannel,
        };
        var region = options.Value.DefaultRegion;
        return await ContactProblems.RunAsync(async () => await ToDtoAsync(
            await edits.ChangeAsync(contactId, request.Version, Actor, p => EditKnownAddressesOnly(p, edit, region), cancellationToken),
            consents, options.Value.CityName, request.Language, cancellationToken));
    }

    private static async Task<Results<Ok<MyProfileDto>, ProblemHttpResult>> RecordConsentAsync(
        MyConsentRequest request, ClaimsPrincipal user, IContactProfileStore profiles, IContactConsentStore consents,
        IOptions<ConversationOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var contactId = user.GetContactId();
        if (request.OptedIn is not { } optedIn)
            return ContactProblems.BadRequest("optedIn", "Say whether you opt in (true) or out (false).");
        var (channel, topic) = (request.Channel?.Trim().ToLowerInvariant() ?? "", request.Topic?.Trim().ToLowerInvariant() ?? "");
        var city = options.Value.CityName;
        if (MyConsentWording.For(city, channel, topic, optedIn, request.Language) is not { } wording)
            return ContactProblems.BadRequest("topic", $"The portal offers no choice for channel \"{request.Channel}\" and topic \"{request.Topic}\".");
        if (await profiles.GetAsync(contactId, cancellationToken) is not { } data)
            return ContactProblems.NotFound("Your details are not available.");
        var now = clock.GetUtcNow();
        await consents.RecordAsync(new ConsentRecord(contactId, channel, topic, optedIn, now, Source, wording), cancellationToken);
        await profiles.AppendAuditAsync(new ContactAuditEntry(contactId, Actor, now, ContactAuditEntry.Change, $"consent:{channel}/{topic}", null,
            optedIn ? "opted in" : "opted out"), cancellationToken);
        return TypedResults.Ok(await ToDtoAsync(data, consents, city, request.Language, cancellationToken));
    }

    // A new phone or email is confirmed by a code sent to it first (MyAddressesApi); here they are kept, reordered or removed.
    private static void EditKnownAddressesOnly(ContactProfile profile, ContactEdit edit, string region)
    {
        var before = profile.Data;
        profile.Edit(edit, region);
        if (profile.Data.Phones.FirstOrDefault(p => before.Phones.All(b => b.Number != p.Number)) is { } phone)
            throw new ContactValidationException("phones", $"Add {phone.Number} with \"Add a phone or email\": a code sent to it confirms it first.");
        if (profile.Data.Emails.FirstOrDefault(e => !before.Emails.Contains(e, StringComparer.Ordinal)) is { } email)
            throw new ContactValidationException("emails", $"Add {email} with \"Add a phone or email\": a code sent to it confirms it first.");
    }

    private static async Task<MyProfileDto> ToDtoAsync(
        ContactProfileData d, IContactConsentStore consents, string city, string? language, CancellationToken cancellationToken)
    {
        var inForce = ConsentRecord.InForce(await consents.ListAsync(d.ContactId, cancellationToken))
            .OrderBy(r => r.ChannelId, StringComparer.Ordinal).ThenBy(r => r.Topic, StringComparer.Ordinal)
            .Select(r => new MyConsentDto(r.ChannelId, r.Topic, r.OptedIn, r.At, r.Source, r.Wording))
            .ToList();
        return new MyProfileDto(d.Version, d.GivenName, d.FamilyName, d.DisplayName, [.. d.Phones.Select(p => p.Number)], d.Emails, d.Language,
            d.PreferredChannel, ContactProfile.Channels, inForce, MyConsentWording.List(city, language ?? d.Language));
    }
}
