using System.Text.RegularExpressions;
using MimeKit;

namespace CityCrm.Channels.Email.Outbound;

/// <summary>
/// Recognizes, from its headers and sender alone, email that a program sent rather than a person: answering it
/// automatically could start a loop between two robots or flood a mailing list.
/// </summary>
public static partial class AutomaticMail
{
    /// <summary>Why the email is automatic or bulk, or null when nothing says so.</summary>
    public static string? Why(MimeMessage message)
    {
        var headers = message.Headers;
        if (headers["Auto-Submitted"] is { } submitted && !string.Equals(submitted.Split(';')[0].Trim(), "no", StringComparison.OrdinalIgnoreCase))
            return $"The email is automatic (Auto-Submitted: {submitted.Trim()}).";
        if (headers["Precedence"] is { } precedence && Bulk().IsMatch(precedence.Trim()))
            return $"The email is bulk mail (Precedence: {precedence.Trim()}).";
        if (headers["List-Id"] is not null || headers["List-Unsubscribe"] is not null)
            return "The email comes from a mailing list (List-Id or List-Unsubscribe).";
        if (headers["Return-Path"] is { } returnPath && returnPath.Trim() == "<>")
            return "The email has an empty Return-Path (a bounce or another automatic message).";
        if (headers["X-Auto-Response-Suppress"] is { } suppress && Suppressed().IsMatch(suppress))
            return $"The sender asked for no automatic replies (X-Auto-Response-Suppress: {suppress.Trim()}).";
        if (headers["X-Autoreply"] is not null || headers["X-Autorespond"] is not null)
            return "The email is an automatic reply (X-Autoreply).";
        if (message.Body is MultipartReport || message.Body?.ContentType.IsMimeType("multipart", "report") == true)
            return "The email is a delivery or read report (multipart/report).";
        var sender = message.From.Mailboxes.FirstOrDefault()?.Address ?? "";
        if (NoReply().IsMatch(sender.Split('@')[0]))
            return $"The sender {sender} is a mail system or a no-reply address.";
        return null;
    }

    [GeneratedRegex(@"^(bulk|list|junk|auto_reply)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bulk();

    [GeneratedRegex(@"\b(all|autoreply|oof)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Suppressed();

    // mailer-daemon, postmaster, noreply, no-reply, no_reply, donotreply, do-not-reply..., with an optional "+tag" or "-suffix".
    [GeneratedRegex(@"^(mailer-daemon|mail-daemon|postmaster|no[-_.]?reply|do[-_.]?not[-_.]?reply)([-+._].*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoReply();
}
