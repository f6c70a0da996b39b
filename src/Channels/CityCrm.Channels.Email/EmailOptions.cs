namespace CityCrm.Channels.Email;

/// <summary>The city's mailboxes (configuration section "Email"); each one is an inbox of channel "email".</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public List<MailboxOptions> Mailboxes { get; set; } = [];

    /// <summary>Attachments larger than this are not stored; the sender is told so politely by reply.</summary>
    public long MaxAttachmentBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>At most this many automatic (bot) replies per sender address per hour; later mail waits for an agent.</summary>
    public int AutoRepliesPerSenderPerHour { get; set; } = 5;

    /// <summary>How often a mailbox is polled when its server does not offer IDLE.</summary>
    public int PollSeconds { get; set; } = 60;

    /// <summary>The longest wait between reconnect attempts after the mail server goes away.</summary>
    public int ReconnectMaxSeconds { get; set; } = 300;
}
