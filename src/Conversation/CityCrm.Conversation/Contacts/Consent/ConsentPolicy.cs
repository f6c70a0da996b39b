using CityCrm.Conversations.Model;

namespace CityCrm.Conversations.Contacts.Consent;

/// <summary>
/// The consent check: a message is blocked when the address opted out of the channel (an SMS STOP, in
/// <see cref="IOptOutRegistry"/>), or when a contact behind the conversation or the address has, in force, a global
/// opt-out, an opt-out of the channel, or an opt-out of one of the message's topics (on that channel or all).
/// An opt-in never outweighs a broader opt-out: a resident who said "nothing at all" gets nothing until they take it back.
/// </summary>
public sealed class ConsentPolicy(IOptOutRegistry optOuts, IContactConsentStore consents, IConversationStore conversations) : IConsentPolicy
{
    public async Task<ConsentDecision> CheckAsync(ConsentQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (await optOuts.IsOptedOutAsync(query.ChannelId, query.Address, cancellationToken))
            return ConsentDecision.Block($"Not sent: the resident opted out of {query.ChannelId}.");
        foreach (var contactId in await ContactsAsync(query, cancellationToken))
        {
            var inForce = ConsentRecord.InForce(await consents.ListAsync(contactId, cancellationToken)).Where(r => !r.OptedIn).ToList();
            if (inForce.Any(r => r.IsGlobalOptOut))
                return ConsentDecision.Block("Not sent: the resident opted out of all messages from the city.");
            if (inForce.Any(r => r.ChannelId == query.ChannelId && r.Topic == ConsentRecord.Any))
                return ConsentDecision.Block($"Not sent: the resident opted out of {query.ChannelId}.");
            var topic = inForce.FirstOrDefault(r => (r.ChannelId == ConsentRecord.Any || r.ChannelId == query.ChannelId) && query.Topics.Contains(r.Topic));
            if (topic is not null)
                return ConsentDecision.Block($"Not sent: the resident opted out of {topic.Topic}.");
        }
        return ConsentDecision.Allow;
    }

    // The conversation's contact, and any contact known by the address (the same number on another contact before a merge).
    private async Task<IReadOnlyCollection<string>> ContactsAsync(ConsentQuery query, CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (query.ConversationId is { } conversationId && await conversations.GetAsync(conversationId, cancellationToken) is { } conversation)
            ids.Add(conversation.ContactId);
        foreach (var identity in await conversations.FindIdentitiesAsync(query.Address, cancellationToken))
            ids.Add(identity.ContactId);
        return ids;
    }
}
