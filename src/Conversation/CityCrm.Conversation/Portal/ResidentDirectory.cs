using CityCrm.Channels;
using CityCrm.Conversations.Contacts.Profiles;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outbox;
using Microsoft.Extensions.Logging;

namespace CityCrm.Conversations.Portal;

/// <summary>
/// Finds the one contact an address belongs to, as a channel identity or on a profile, and how to reach it: emails
/// by the email channel, phone numbers by text message (a caller's or WhatsApp number too), from the inbox the
/// resident used when there is one, else the first configured inbox of that channel.
/// </summary>
public sealed class ResidentDirectory(
    IConversationStore conversations, IContactProfileStore profiles, IInboxRegistry inboxes, ChannelSenders senders, ILogger<ResidentDirectory> logger)
{
    /// <summary>The target, or null when nobody, or more than one contact, has the address, or nothing can reach it.</summary>
    public async Task<ResidentTarget?> FindAsync(string address, CancellationToken cancellationToken)
    {
        var email = ResidentAddress.IsEmail(address);
        var identities = await conversations.FindIdentitiesAsync(address, cancellationToken);
        var onProfiles = await profiles.FindByKeysAsync([(email ? ContactKeys.Email : ContactKeys.Phone) + address], "", cancellationToken);
        var contactIds = identities.Select(i => i.ContactId).Concat(onProfiles.Select(m => m.ContactId)).Distinct(StringComparer.Ordinal).ToList();
        if (contactIds.Count > 1)
        {
            // Two people sharing an address must be told apart by staff (a merge) before either signs in with it.
            logger.LogWarning("A portal sign-in code was asked for an address held by {Count} contacts; none was sent", contactIds.Count);
            return null;
        }
        if (contactIds.Count == 0)
            return null;
        var channel = email ? ChannelIds.Email : ChannelIds.Sms;
        var inbox = identities.Select(i => Reaching(inboxes.Find(i.InboxId), channel)).FirstOrDefault(i => i is not null)
            ?? inboxes.All.FirstOrDefault(i => i.ChannelId == channel);
        return inbox is null || senders.Find(channel) is null ? null : new ResidentTarget(contactIds[0], inbox.Id, channel, address);
    }

    // A phone line reaches its callers through its text inbox.
    private Inbox? Reaching(Inbox? inbox, string channel) =>
        inbox?.ChannelId == channel ? inbox
        : inbox?.TextInboxId is { } text && inboxes.Find(text) is { } texting && texting.ChannelId == channel ? texting
        : null;
}
