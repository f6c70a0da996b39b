namespace CityCrm.Conversations.Outreach;

/// <summary>A topic and whether a contact is subscribed to it, with the time of the latest change.</summary>
public sealed record SubscriptionState(SubscriptionTopic Topic, bool Subscribed, DateTimeOffset? Since);
