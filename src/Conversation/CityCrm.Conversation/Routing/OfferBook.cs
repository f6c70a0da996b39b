namespace CityCrm.Conversations.Routing;

/// <summary>
/// Pending offers (at most one per conversation) and the agents recently passed over for a conversation (they
/// declined or let the offer lapse). In memory on purpose: an offer is a moment's question, and after a restart the
/// conversations are still queued and offered afresh.
/// </summary>
public sealed class OfferBook
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, RoutingOffer> offers = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Conversation, string Agent), DateTimeOffset> passedOver = [];

    public bool IsOffered(string conversationId)
    {
        lock (gate) return offers.ContainsKey(conversationId);
    }

    public IReadOnlyList<RoutingOffer> Pending()
    {
        lock (gate) return [.. offers.Values];
    }

    /// <summary>The offers waiting for one agent's answer.</summary>
    public IReadOnlyList<RoutingOffer> PendingFor(string agentId)
    {
        lock (gate) return [.. offers.Values.Where(o => o.AgentId == agentId)];
    }

    public void Add(RoutingOffer offer)
    {
        lock (gate) offers[offer.ConversationId] = offer;
    }

    /// <summary>Removes and returns the agent's live offer for the conversation; null when there is none (gone, lapsed, someone else's).</summary>
    public RoutingOffer? Take(string conversationId, string agentId, DateTimeOffset now)
    {
        lock (gate)
        {
            if (!offers.TryGetValue(conversationId, out var offer) || offer.AgentId != agentId || offer.ExpiresAt <= now)
                return null;
            offers.Remove(conversationId);
            return offer;
        }
    }

    /// <summary>Drops whatever offer the conversation has (it was taken, transferred or resolved); returns it.</summary>
    public RoutingOffer? Withdraw(string conversationId)
    {
        lock (gate) return offers.Remove(conversationId, out var offer) ? offer : null;
    }

    /// <summary>The agent is not asked about this conversation again until <paramref name="until"/>.</summary>
    public void PassOver(string conversationId, string agentId, DateTimeOffset until)
    {
        lock (gate) passedOver[(conversationId, agentId)] = until;
    }

    public bool WasPassedOver(string conversationId, string agentId, DateTimeOffset now)
    {
        lock (gate) return passedOver.TryGetValue((conversationId, agentId), out var until) && until > now;
    }

    /// <summary>Removes and returns the offers that lapsed by <paramref name="now"/>, and forgets pass-overs that ended.</summary>
    public IReadOnlyList<RoutingOffer> Expire(DateTimeOffset now)
    {
        lock (gate)
        {
            var lapsed = offers.Values.Where(o => o.ExpiresAt <= now).ToList();
            foreach (var offer in lapsed)
                offers.Remove(offer.ConversationId);
            foreach (var key in passedOver.Where(p => p.Value <= now).Select(p => p.Key).ToList())
                passedOver.Remove(key);
            return lapsed;
        }
    }
}
