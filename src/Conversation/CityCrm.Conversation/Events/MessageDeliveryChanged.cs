using CityCrm.Conversations.Model;

namespace CityCrm.Conversations.Events;

/// <summary>A pushed message's delivery status, provider id or error changed (dispatch, retry, or a provider's report).</summary>
public sealed record MessageDeliveryChanged(Message Message, DateTimeOffset OccurredAt) : IDomainEvent;
