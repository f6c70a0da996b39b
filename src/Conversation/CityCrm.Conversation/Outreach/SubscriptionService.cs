using CityCrm.Conversations.Contacts.Consent;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Outreach;

/// <summary>Subscriptions kept as consent records in <see cref="IContactConsentStore"/>; the topics come from <see cref="OutreachOptions.Topics"/>.</summary>
public sealed class SubscriptionService(IContactConsentStore consents, IOptions<OutreachOptions> options, TimeProvider clock) : ISubscriptionService
{
    public IReadOnlyList<SubscriptionTopic> Topics => options.Value.Topics;

    public SubscriptionTopic? Find(string keywordOrId)
    {
        return string.IsNullOrWhiteSpace(keywordOrId) ? null : Topics.FirstOrDefault(t => t.IsCalled(keywordOrId));
    }

    public async Task<IReadOnlyList<SubscriptionState>> ListAsync(string contactId, CancellationToken cancellationToken)
    {
        var inForce = ConsentRecord.InForce(await consents.ListAsync(contactId, cancellationToken))
            .Where(r => r.ChannelId == ConsentRecord.Any).ToDictionary(r => r.Topic, StringComparer.Ordinal);
        return [.. Topics.Select(t => inForce.TryGetValue(OutreachTopics.Subscription(t.Id), out var r)
            ? new SubscriptionState(t, r.OptedIn, r.At)
            : new SubscriptionState(t, false, null))];
    }

    public Task SubscribeAsync(string contactId, string topicId, string source, string wording, CancellationToken cancellationToken) =>
        RecordAsync(contactId, topicId, true, source, wording, cancellationToken);

    public Task UnsubscribeAsync(string contactId, string topicId, string source, string wording, CancellationToken cancellationToken) =>
        RecordAsync(contactId, topicId, false, source, wording, cancellationToken);

    private async Task RecordAsync(string contactId, string topicId, bool optedIn, string source, string wording, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contactId);
        var topic = Find(topicId) ?? throw new OutreachValidationException("topic", $"There is no topic \"{topicId}\": use one of {string.Join(", ", Topics.Select(t => t.Id))}.");
        if (string.IsNullOrWhiteSpace(source) || string.IsNullOrWhiteSpace(wording))
            throw new OutreachValidationException(string.IsNullOrWhiteSpace(source) ? "source" : "wording", "A subscription records where it came from and the words the resident saw.");
        await consents.RecordAsync(new ConsentRecord(contactId, ConsentRecord.Any, OutreachTopics.Subscription(topic.Id), optedIn, clock.GetUtcNow(), source.Trim(), wording.Trim()),
            cancellationToken);
    }
}
