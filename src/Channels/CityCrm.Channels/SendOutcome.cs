namespace CityCrm.Channels;

/// <summary>What happened when a sender handed a message to its provider.</summary>
/// <param name="Kind">Accepted, retry later, or failed for good.</param>
/// <param name="ProviderMessageId">The provider's id for the accepted message (Twilio's MessageSid), used to match status callbacks.</param>
/// <param name="ProviderStatus">The provider's status at acceptance ("queued", "sent"...).</param>
/// <param name="RetryAfter">For <see cref="SendOutcomeKind.Retry"/>: the wait the provider asked for, if it said (Retry-After).</param>
/// <param name="Error">A short reason for staff when not accepted (provider code and message).</param>
public sealed record SendOutcome(SendOutcomeKind Kind, string? ProviderMessageId = null, string? ProviderStatus = null, TimeSpan? RetryAfter = null, string? Error = null)
{
    public static SendOutcome Accepted(string providerMessageId, string providerStatus) => new(SendOutcomeKind.Accepted, providerMessageId, providerStatus);

    public static SendOutcome Retry(string error, TimeSpan? after = null) => new(SendOutcomeKind.Retry, RetryAfter: after, Error: error);

    public static SendOutcome Failed(string error) => new(SendOutcomeKind.Failed, Error: error);
}
