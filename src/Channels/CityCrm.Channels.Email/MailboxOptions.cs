namespace CityCrm.Channels.Email;

/// <summary>One mailbox the city reads and answers from (311@, permits@...).</summary>
public sealed class MailboxOptions
{
    /// <summary>The inbox (Conversations:Inboxes, channel "email") its mail arrives on.</summary>
    public string InboxId { get; set; } = "";

    /// <summary>The mailbox's address, the From of our replies ("311@riverton.example").</summary>
    public string Address { get; set; } = "";

    /// <summary>The display name of our replies ("City of Riverton 311").</summary>
    public string DisplayName { get; set; } = "";

    public MailServerOptions Imap { get; set; } = new();

    public MailServerOptions Smtp { get; set; } = new();

    /// <summary>The IMAP folder read.</summary>
    public string Folder { get; set; } = "INBOX";

    /// <summary>Where a committed message is moved; when empty it is flagged as seen in place.</summary>
    public string ProcessedFolder { get; set; } = "";
}
