using CityCrm.Conversations.Contacts;
using CityCrm.Conversations.Contacts.Consent;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;

namespace CityCrm.Conversations.Outbox;

/// <summary>
/// Finds where a message written later for a conversation's resident (an agent's reply, a request's update) reaches
/// them. A phone call cannot carry it once it has ended, so it goes by text message from the same line, in the text
/// conversation of the caller's number: ask by phone, hear back by SMS. Every other conversation carries its own.
/// </summary>
public sealed class TextRelay(ConversationService conversations, IInboxRegistry inboxes, ChannelSenders senders, IConsentPolicy consent)
{
    public async Task<RelayTarget> TargetAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        // Only an inbox that names a text inbox and pushes nothing itself (a phone line) relays.
        if (senders.Find(conversation.ChannelId) is not null
            || inboxes.Find(conversation.InboxId)?.TextInboxId is not { } textInboxId
            || inboxes.Find(textInboxId) is not { } textInbox)
            return new RelayTarget(RelayKind.Same, conversation);
        if (!PhoneAddress.IsE164(conversation.Address))
            return new RelayTarget(RelayKind.Unreachable, conversation);
        if (!(await consent.CheckAsync(new ConsentQuery(textInbox.ChannelId, conversation.Address, conversation.Id, [ConsentTopics.Conversation]), cancellationToken)).Allowed)
            return new RelayTarget(RelayKind.OptedOut, conversation);
        return new RelayTarget(RelayKind.ByText, await conversations.FindOrOpenAsync(textInbox.Id, conversation.Address, cancellationToken));
    }
}
