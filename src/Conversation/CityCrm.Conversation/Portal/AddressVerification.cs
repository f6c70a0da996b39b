using CityCrm.Channels;
using CityCrm.Conversations.Contacts.Profiles;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Outbox;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Portal;

/// <summary>
/// A phone number or email a resident adds on the portal: it waits, unconfirmed and off the profile, while a one-time
/// code goes to that very address (with the sign-in codes' hashing, expiry, single use, tries and limits); the code
/// typed back moves it onto the profile, where notices and sign-in can use it. Until then it can be removed.
/// </summary>
public sealed class AddressVerification(
    ResidentCodes codes, IPendingAddressStore pending, IContactProfileStore profiles, ContactProfiles edits, IInboxRegistry inboxes,
    ChannelSenders senders, ResidentCodeQueue queue, IOptions<ConversationOptions> conversationOptions, TimeProvider clock)
{
    /// <summary>The contact's unconfirmed addresses.</summary>
    public Task<IReadOnlyList<PendingAddress>> ListAsync(string contactId, CancellationToken cancellationToken) =>
        pending.ListAsync(contactId, cancellationToken);

    /// <summary>Adds the address as unconfirmed and queues a code to it; refused when malformed, already the contact's, unreachable or asked too often.</summary>
    public async Task<CodeRequestOutcome> AddAsync(string contactId, string? rawAddress, string ip, string? language, CancellationToken cancellationToken)
    {
        string address;
        try
        {
            address = ResidentAddress.Read("address", rawAddress, conversationOptions.Value.DefaultRegion);
        }
        catch (ContactValidationException ex)
        {
            return CodeRequestOutcome.Invalid(ex.Field, ex.Reason);
        }
        var profile = await profiles.GetAsync(contactId, cancellationToken) ?? throw new KeyNotFoundException($"No contact has the id {contactId}.");
        if (profile.Phones.Any(p => p.Number == address) || profile.Emails.Contains(address, StringComparer.Ordinal))
            return CodeRequestOutcome.Invalid("address", "This address is already in your details.");
        var email = ResidentAddress.IsEmail(address);
        var channel = email ? ChannelIds.Email : ChannelIds.Sms;
        if (inboxes.All.FirstOrDefault(i => i.ChannelId == channel) is not { } inbox || senders.Find(channel) is null)
            return CodeRequestOutcome.Invalid("address", email ? "The city cannot send emails yet: add a phone number." : "The city cannot send text messages yet: add an email.");
        // Keyed by the address alone: however many residents add it, the address gets no more codes than the limit.
        var (addressKey, ipKey) = (codes.Key("confirm", address), codes.Key("ip", ip));
        if (await codes.LimitAsync(addressKey, ipKey, cancellationToken) is { } retryAfter)
            return CodeRequestOutcome.Limited(retryAfter);
        await pending.AddAsync(new PendingAddress(contactId, address, clock.GetUtcNow()), cancellationToken);
        var code = await codes.IssueAsync(addressKey, ipKey, contactId, cancellationToken);
        queue.Enqueue(new ResidentCodeDelivery(new ResidentTarget(contactId, inbox.Id, channel, address), code!, language is "es" ? "es" : "en", Confirmation: true));
        return CodeRequestOutcome.Accepted;
    }

    /// <summary>Checks the code sent to the contact's unconfirmed address; a match moves it onto the profile as <paramref name="actor"/>'s change.</summary>
    public async Task<SignInOutcome> ConfirmAsync(string contactId, string? rawAddress, string? code, string actor, CancellationToken cancellationToken)
    {
        if (await FindAsync(contactId, rawAddress, cancellationToken) is not { } address)
            return SignInOutcome.Refused("You have no unconfirmed address like this one.");
        var outcome = await codes.CheckAsync(codes.Key("confirm", address.Address), code, contactId, cancellationToken);
        if (!outcome.SignedIn)
            return outcome;
        // No expected version: a profile edit made at the same moment is retried by ChangeAsync, so the spent code
        // never loses its address.
        await edits.ChangeAsync(contactId, null, actor, p =>
        {
            var data = p.Data;
            p.Edit(address.IsEmail
                ? new ContactEdit { Emails = [.. data.Emails, address.Address] }
                : new ContactEdit { Phones = [.. data.Phones, new ContactPhone(address.Address, null)] }, conversationOptions.Value.DefaultRegion);
        }, cancellationToken);
        await pending.RemoveAsync(contactId, address.Address, cancellationToken);
        return outcome;
    }

    /// <summary>Removes the contact's unconfirmed address; false when they have no such address.</summary>
    public async Task<bool> RemoveAsync(string contactId, string? rawAddress, CancellationToken cancellationToken) =>
        await FindAsync(contactId, rawAddress, cancellationToken) is { } address && await pending.RemoveAsync(contactId, address.Address, cancellationToken);

    private async Task<PendingAddress?> FindAsync(string contactId, string? rawAddress, CancellationToken cancellationToken)
    {
        string address;
        try
        {
            address = ResidentAddress.Read("address", rawAddress, conversationOptions.Value.DefaultRegion);
        }
        catch (ContactValidationException)
        {
            return null;
        }
        return (await pending.ListAsync(contactId, cancellationToken)).FirstOrDefault(a => a.Address == address);
    }
}
