using CityCrm.Conversations.Contacts.Consent;
using CityCrm.Conversations.Model;

namespace CityCrm.Conversations.Outbox;

/// <summary>
/// Whether a resident may be shown that an agent is typing (Web Chat's typing activity, Telegram's chat action,
/// Messenger's sender action): only where a reply could reach them, by the same <see cref="IConsentPolicy"/> every
/// message passes. A resident who opted out of the channel, or of everything, is not pinged by a "typing…" either.
/// </summary>
public sealed class TypingConsent(IConsentPolicy consent, IConversationStore store)
{
    /// <summary>False for an unknown conversation.</summary>
    public async Task<bool> AllowsAsync(string conversationId, CancellationToken cancellationToken) =>
        await store.GetAsync(conversationId, cancellationToken) is { } conversation && await AllowsAsync(conversation, cancellationToken);

    public async Task<bool> AllowsAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var query = new ConsentQuery(conversation.ChannelId, conversation.Address, conversation.Id, [ConsentTopics.Conversation]);
        return (await consent.CheckAsync(query, cancellationToken)).Allowed;
    }
}
