namespace CityCrm.Conversations.Mail;

/// <summary>
/// Addresses whose mail bounces. A bounce (DSN) marks the address as failing, so that later replies to it are
/// reported as failed at once instead of being handed to the mail server again; a new email from the address
/// clears the mark, since the resident evidently reads mail there again.
/// </summary>
public interface IMailAddressHealth
{
    /// <summary>Marks the address as failing (or counts one more bounce, keeping when it began), with the latest reason.</summary>
    Task MarkFailingAsync(string address, string reason, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The address's failure, or null when it is not marked as failing.</summary>
    Task<MailAddressFailure?> GetFailureAsync(string address, CancellationToken cancellationToken);

    /// <summary>Removes the mark; false when the address was not marked.</summary>
    Task<bool> ClearAsync(string address, CancellationToken cancellationToken);
}
