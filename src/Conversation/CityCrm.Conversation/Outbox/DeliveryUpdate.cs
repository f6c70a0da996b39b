using CityCrm.Conversations.Model;

namespace CityCrm.Conversations.Outbox;

/// <summary>What recording a provider's report did.</summary>
/// <param name="Found">Whether a sent message has the reported provider id.</param>
/// <param name="Changed">The message with its new delivery fields, when they changed; null when the report was stale or repeated.</param>
public sealed record DeliveryUpdate(bool Found, Message? Changed);
