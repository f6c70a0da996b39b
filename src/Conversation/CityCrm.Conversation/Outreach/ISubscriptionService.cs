namespace CityCrm.Conversations.Outreach;

/// <summary>
/// Residents' subscriptions to the city's topics, for the keyword dialog and the resident portal. Each change is a
/// consent record (channel "*", topic "subscription:{id}") with its time, source and the wording the resident saw.
/// </summary>
public interface ISubscriptionService
{
    /// <summary>The topics residents can subscribe to.</summary>
    IReadOnlyList<SubscriptionTopic> Topics { get; }

    /// <summary>The topic whose id or keyword is <paramref name="keywordOrId"/> (any case), or null.</summary>
    SubscriptionTopic? Find(string keywordOrId);

    /// <summary>Every topic with whether the contact is subscribed to it now, and since when.</summary>
    Task<IReadOnlyList<SubscriptionState>> ListAsync(string contactId, CancellationToken cancellationToken);

    /// <summary>Subscribes the contact; throws <see cref="OutreachValidationException"/> for an unknown topic.</summary>
    Task SubscribeAsync(string contactId, string topicId, string source, string wording, CancellationToken cancellationToken);

    /// <summary>Ends the contact's subscription (and blocks broadcasts on that topic to them); unknown topics throw as above.</summary>
    Task UnsubscribeAsync(string contactId, string topicId, string source, string wording, CancellationToken cancellationToken);
}
