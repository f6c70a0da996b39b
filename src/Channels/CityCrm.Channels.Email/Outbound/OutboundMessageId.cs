using MimeKit;

namespace CityCrm.Channels.Email.Outbound;

/// <summary>
/// The Message-ID of an email we send, derived from the transcript message it carries rather than drawn at random:
/// a send retried after an outage (or after a crash between the server's acceptance and our record of it) goes out
/// with the same id, so the resident's mail program treats both copies as one message in the same thread.
/// </summary>
public static class OutboundMessageId
{
    /// <summary>"citycrm.{conversation}.{sequence}@{mailbox domain}", without angle brackets.</summary>
    public static string For(string conversationId, long sequence, string mailboxAddress)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        var domain = MailboxAddress.TryParse(mailboxAddress, out var address) && address.Domain is { Length: > 0 } d ? d : "localhost";
        // Conversation ids are ours (hex, or a provider's id): keep only what a Message-ID's left side allows.
        var local = new string([.. conversationId.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')]);
        return $"citycrm.{local}.{sequence}@{domain.ToLowerInvariant()}";
    }
}
