namespace CityCrm.Conversations.Outbox;

/// <summary>A provider's word on one sent message.</summary>
/// <param name="ChannelId">The channel that sent it (see CityCrm.Channels.ChannelIds).</param>
/// <param name="ProviderMessageId">The provider's id returned when the message was accepted (MessageSid).</param>
/// <param name="Status">The provider's status, lower case: queued, sending, sent, delivered, undelivered, failed, read.</param>
/// <param name="ErrorCode">The provider's error code for undelivered or failed messages.</param>
/// <param name="At">When we heard it.</param>
public sealed record DeliveryReport(string ChannelId, string ProviderMessageId, string Status, string? ErrorCode, DateTimeOffset At);
