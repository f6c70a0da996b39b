namespace CityCrm.Conversations.Mail;

/// <summary>
/// The automatic (bot) emails sent to each address from each mailbox, kept durably so that the hourly limit on
/// automatic replies holds across restarts.
/// </summary>
public interface IAutoReplyLog
{
    /// <summary>Records one automatic email sent from the inbox to the address.</summary>
    Task RecordAsync(string inboxId, string address, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>How many automatic emails the inbox sent to the address at or after <paramref name="since"/>.</summary>
    Task<int> CountSinceAsync(string inboxId, string address, DateTimeOffset since, CancellationToken cancellationToken);
}
