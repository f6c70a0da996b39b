using CityCrm.CaseCore.Duplicates;
using CityCrm.Channels;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;

namespace CityCrm.Conversations.Notifications;

/// <summary>
/// Where a resident who asked for updates by text message or email hears about their request: a conversation with
/// that number or address on the city's first SMS or email inbox. A number or address the city has never seen becomes
/// an identity of the resident's own contact, so agents see one person; one that already belongs to someone else is
/// written to but never merged without proof (that is what <see cref="Bot.LinkDialog"/> is for).
/// </summary>
public sealed class UpdateRoutes(IConversationStore store, IInboxRegistry inboxes, ConversationService conversations)
{
    /// <summary>The inbox updates of this kind go out on, or null when the city has none (they then stay on the report's channel).</summary>
    public Inbox? InboxFor(UpdatePreference preference)
    {
        var channel = preference switch
        {
            UpdatePreference.Sms => ChannelIds.Sms,
            UpdatePreference.Email => ChannelIds.Email,
            _ => null,
        };
        return channel is null ? null : inboxes.All.FirstOrDefault(i => i.ChannelId == channel);
    }

    /// <summary>The conversation updates go to, opened without a greeting; null when there is no inbox of that kind.</summary>
    public async Task<Conversation?> OpenAsync(string contactId, UpdatePreference preference, string address, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        if (InboxFor(preference) is not { } inbox)
            return null;
        var known = await store.FindIdentitiesAsync(address, cancellationToken);
        // New to the city, or known only as this resident's (an Open311 requester's email): theirs on the inbox too.
        if (!known.Any(i => i.InboxId == inbox.Id) && known.All(i => i.ContactId == contactId))
        {
            await store.GetOrCreateContactAsync(inbox.Id, address, null, cancellationToken);
            await store.LinkIdentityAsync(inbox.Id, address, contactId, cancellationToken);
        }
        return await conversations.FindOrOpenAsync(inbox.Id, address, cancellationToken);
    }
}
