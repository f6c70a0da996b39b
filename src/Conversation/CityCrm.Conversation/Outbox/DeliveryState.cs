namespace CityCrm.Conversations.Outbox;

/// <summary>Where one outbox entry, or a whole message, stands with its provider.</summary>
/// <param name="Status">See <see cref="DeliveryStatuses"/>.</param>
/// <param name="ProviderMessageId">The provider's id once accepted.</param>
/// <param name="Error">Why it failed, was blocked, or is being retried.</param>
public sealed record DeliveryState(string Status, string? ProviderMessageId, string? Error);
