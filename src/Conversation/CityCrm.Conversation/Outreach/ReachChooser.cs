using CityCrm.Channels;
using CityCrm.Conversations.Contacts;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Outbox;

namespace CityCrm.Conversations.Outreach;

/// <summary>
/// Where a broadcast reaches a contact: their preferred channel when the city can push on it and knows their address
/// there, else the first reachable of text, WhatsApp, Telegram, Messenger and email. A phone preference means a text
/// (a broadcast is not a call). Web chat is never chosen: residents read it only while they have it open.
/// </summary>
public sealed class ReachChooser
{
    private static readonly string[] Fallback = [ChannelIds.Sms, ChannelIds.WhatsApp, ChannelIds.Telegram, ChannelIds.Messenger, ChannelIds.Email];

    private readonly Dictionary<string, string> channelOfInbox;
    private readonly Dictionary<string, string> firstInboxOf;

    public ReachChooser(IInboxRegistry inboxes, ChannelSenders senders)
    {
        ArgumentNullException.ThrowIfNull(inboxes);
        ArgumentNullException.ThrowIfNull(senders);
        var pushing = inboxes.All.Where(i => senders.Find(i.ChannelId) is not null).ToList();
        channelOfInbox = pushing.ToDictionary(i => i.Id, i => i.ChannelId, StringComparer.Ordinal);
        firstInboxOf = pushing.GroupBy(i => i.ChannelId, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The inbox, channel and address to write to, or null when the contact cannot be reached on any pushed channel.</summary>
    public Reach? Choose(AudienceMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var preferred = member.Profile.PreferredChannel is ChannelIds.Voice ? ChannelIds.Sms : member.Profile.PreferredChannel;
        if (preferred is not null && On(member, preferred) is { } chosen)
            return chosen;
        foreach (var channel in Fallback)
        {
            if (On(member, channel) is { } reach)
                return reach;
        }
        return null;
    }

    private Reach? On(AudienceMember member, string channel)
    {
        if (!firstInboxOf.TryGetValue(channel, out var defaultInbox))
            return null;
        foreach (var identity in member.Identities)
        {
            if (channelOfInbox.TryGetValue(identity.InboxId, out var c) && string.Equals(c, channel, StringComparison.OrdinalIgnoreCase))
                return new Reach(identity.InboxId, c, identity.Address);
        }
        // Numbers and emails on the profile (or a caller's number) reach them from the city's first inbox of the kind.
        var address = channel switch
        {
            ChannelIds.Sms => member.Profile.Phones.Select(p => p.Number).Concat(member.Identities.Select(i => i.Address)).FirstOrDefault(PhoneAddress.IsE164),
            ChannelIds.Email => member.Profile.Emails.FirstOrDefault(),
            _ => null,
        };
        return address is null ? null : new Reach(defaultInbox, channel, address);
    }
}
