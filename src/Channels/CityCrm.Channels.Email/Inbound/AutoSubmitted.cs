using MimeKit;

namespace CityCrm.Channels.Email.Inbound;

/// <summary>
/// Whether a message was sent by a machine (an out-of-office, a mailing list, a bounce): answering it automatically
/// would start a mail loop or spam a list, so the bot stays silent and an agent reads it.
/// </summary>
internal static class AutoSubmitted
{
    private static readonly string[] MachineLocalParts =
        ["mailer-daemon", "postmaster", "noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "do_not_reply", "bounce", "bounces"];

    public static bool IsAutomatic(MimeMessage message)
    {
        var headers = message.Headers;
        // RFC 3834: anything but "no" is automatic.
        if (headers[HeaderId.AutoSubmitted] is { } autoSubmitted && !autoSubmitted.Trim().StartsWith("no", StringComparison.OrdinalIgnoreCase))
            return true;
        if (headers[HeaderId.Precedence]?.Trim().ToLowerInvariant() is "bulk" or "list" or "junk")
            return true;
        if (headers.Contains(HeaderId.ListId) || headers.Contains("X-Autoreply") || headers.Contains("X-Autorespond"))
            return true;
        if (message.Body is MultipartReport)
            return true;
        var sender = message.From.Mailboxes.FirstOrDefault() ?? message.Sender;
        return sender is not null && IsMachineAddress(sender.Address);
    }

    public static bool IsMachineAddress(string? address)
    {
        if (string.IsNullOrEmpty(address))
            return false;
        var at = address.IndexOf('@');
        var local = (at < 0 ? address : address[..at]).ToLowerInvariant();
        return MachineLocalParts.Any(p => local == p || local.StartsWith(p + "+", StringComparison.Ordinal) || local.StartsWith(p + "-", StringComparison.Ordinal));
    }
}
