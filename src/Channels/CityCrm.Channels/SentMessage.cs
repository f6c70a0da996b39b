namespace CityCrm.Channels;

/// <summary>One message a provider holds.</summary>
/// <param name="ProviderMessageId">The provider's id (Twilio's MessageSid).</param>
/// <param name="ProviderStatus">Its status now ("queued", "sent", "delivered"...).</param>
/// <param name="CreatedAt">When the provider created it.</param>
public sealed record SentMessage(string ProviderMessageId, string ProviderStatus, DateTimeOffset CreatedAt);
