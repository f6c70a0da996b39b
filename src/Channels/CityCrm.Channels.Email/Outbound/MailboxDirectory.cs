using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Email.Outbound;

/// <summary>
/// The configured mailboxes, read from the current options on every call, so a changed configuration (a new
/// password) takes effect without a restart and no credentials are kept anywhere else.
/// </summary>
public sealed class MailboxDirectory(IOptionsMonitor<EmailOptions> options)
{
    /// <summary>The mailbox serving the inbox, or null when none is configured.</summary>
    public MailboxOptions? Find(string inboxId) =>
        options.CurrentValue.Mailboxes.FirstOrDefault(m => string.Equals(m.InboxId, inboxId, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the address is one of our own mailboxes (mail from it must never be answered automatically).</summary>
    public bool IsOwnAddress(string? address) =>
        !string.IsNullOrWhiteSpace(address)
        && options.CurrentValue.Mailboxes.Any(m => string.Equals(m.Address.Trim(), address.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Every mailbox's address.</summary>
    public IReadOnlyList<string> OwnAddresses => [.. options.CurrentValue.Mailboxes.Select(m => m.Address).Where(a => a.Length > 0)];

    /// <summary>The automatic-reply limit per sender and hour.</summary>
    public int AutoRepliesPerSenderPerHour => options.CurrentValue.AutoRepliesPerSenderPerHour;
}
