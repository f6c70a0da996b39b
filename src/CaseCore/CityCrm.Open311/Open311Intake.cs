using System.Security.Cryptography;
using CityCrm.CaseCore;
using CityCrm.CaseCore.Duplicates;
using CityCrm.Conversations.Audit;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Notifications;
using Microsoft.Extensions.Options;

namespace CityCrm.Open311;

/// <summary>
/// Files an Open311 request as a case, through the same <see cref="CaseService"/> the bot and agents use. Everything
/// is checked before anything is written, so a refused request leaves no case, no contact and no token behind.
/// </summary>
public sealed class Open311Intake(
    CaseService cases,
    IServiceCatalog catalog,
    IConversationStore contacts,
    IRequestTokenStore tokens,
    IAuditLog audit,
    UpdateRoutes routes,
    ICaseFollowers followers,
    IOptions<Open311Options> options,
    TimeProvider clock,
    Open311Address addresses)
{
    /// <summary>The channel recorded on cases filed through Open311.</summary>
    public const string Channel = "open311";

    // Validation needs a requester; the real contact is found or created only once the request is known to be good.
    private const string PendingContact = "open311-pending";

    /// <summary>Opens the case and issues its token; throws <see cref="CaseRequestException"/> listing every problem.</summary>
    public async Task<(Case Case, RequestToken Token)> SubmitAsync(Open311Submission submission, string client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentException.ThrowIfNullOrWhiteSpace(client);
        var problems = new List<CaseProblem>(submission.Problems);
        var request = addresses.Geocode(submission.ToCaseRequest(catalog.Find(submission.ServiceCode), PendingContact, Channel), submission, problems);
        try
        {
            cases.Validate(request);
        }
        catch (CaseRequestException e)
        {
            problems.AddRange(e.Problems);
        }
        if (problems.Count > 0)
            throw new CaseRequestException(problems);

        var contactId = await ContactAsync(submission.Requester, client, cancellationToken);
        var started = clock.GetTimestamp();
        var opened = await cases.OpenAsync(request with { ContactId = contactId }, cancellationToken);
        var token = new RequestToken(NewToken(), opened.Reference, client, clock.GetUtcNow());
        await tokens.AddAsync(token, cancellationToken);
        await FollowAsync(opened, submission.Requester, cancellationToken);
        await audit.WriteAsync(new AuditRecord(clock.GetUtcNow(), $"open311:{client}", "open311.request.create", null,
            opened.Reference, "created", clock.GetElapsedTime(started).TotalMilliseconds), cancellationToken);
        return (opened, token);
    }

    // The requester becomes, or is matched to, a contact: an email or phone already known on any channel is that
    // person; otherwise a new contact holds the identity on the Open311 inbox. Nothing given: an anonymous contact of its own.
    private async Task<string> ContactAsync(Open311Requester requester, string client, CancellationToken cancellationToken)
    {
        var addresses = requester.Addresses(client).ToList();
        foreach (var address in addresses)
        {
            if (await contacts.FindIdentitiesAsync(address, cancellationToken) is [var known, ..])
                return known.ContactId;
        }
        var primary = addresses.Count > 0 ? addresses[0] : $"{client}/anonymous/{NewToken()}";
        var contact = await contacts.GetOrCreateContactAsync(options.Value.InboxId, primary, requester.DisplayName, cancellationToken);
        return contact.Id;
    }

    // The requester has no conversation: status notices go by email, or by text message when only a phone was given.
    private async Task FollowAsync(Case opened, Open311Requester requester, CancellationToken cancellationToken)
    {
        var (updates, address) = requester.Email is { } email ? (UpdatePreference.Email, email)
            : requester.Phone is { } phone ? (UpdatePreference.Sms, phone) : (UpdatePreference.None, null);
        if (address is null || opened.ContactId is not { } contactId
            || await routes.OpenAsync(contactId, updates, address, cancellationToken) is not { } there)
            return;
        await followers.AddAsync(new CaseFollower(opened.Reference, FollowerKind.Reporter, contactId, there.Id, there.ChannelId, updates,
            opened.Description, null, clock.GetUtcNow()), cancellationToken);
    }

    private static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
