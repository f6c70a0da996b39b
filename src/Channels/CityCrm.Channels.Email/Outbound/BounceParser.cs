using System.Text.RegularExpressions;
using MimeKit;

namespace CityCrm.Channels.Email.Outbound;

/// <summary>
/// Reads bounces: standard DSNs (multipart/report; report-type=delivery-status, one field group per recipient) and
/// the plain-text ones some servers still send from MAILER-DAEMON ("Undelivered Mail Returned to Sender", "Delivery
/// Status Notification (Failure)", "Mail delivery failed"...), whose failed recipient comes from X-Failed-Recipients
/// or from the first address in the text that is neither the bounce's sender nor one of ours.
/// </summary>
public static partial class BounceParser
{
    /// <summary>The bounce <paramref name="message"/> is, or null when it is not one.</summary>
    public static MailBounce? Parse(MimeMessage message, IReadOnlyCollection<string> ownAddresses)
    {
        var report = FindReport(message.Body);
        if (report is not null)
            return new MailBounce(true, [.. report.OfType<MessageDeliveryStatus>().SelectMany(Recipients)]);
        return LooksLikeBounce(message) ? new MailBounce(false, NonStandardRecipients(message, ownAddresses)) : null;
    }

    /// <summary>Whether the sender's local part is a mail system's (MAILER-DAEMON, postmaster).</summary>
    public static bool IsMailSystem(string? address) =>
        address is not null && MailSystem().IsMatch(address.Split('@')[0]);

    private static MultipartReport? FindReport(MimeEntity? entity) => entity switch
    {
        MultipartReport report when string.Equals(report.ReportType, "delivery-status", StringComparison.OrdinalIgnoreCase)
            || string.Equals(report.ReportType, "global-delivery-status", StringComparison.OrdinalIgnoreCase) => report,
        Multipart multipart => multipart.Select(FindReport).FirstOrDefault(r => r is not null),
        _ => null,
    };

    // The first field group is about the message; each later one is about one recipient.
    private static IEnumerable<BouncedRecipient> Recipients(MessageDeliveryStatus status)
    {
        foreach (var fields in status.StatusGroups.Skip(1))
        {
            var recipient = AddressOf(fields["Final-Recipient"]) ?? AddressOf(fields["Original-Recipient"]);
            if (recipient is null)
                continue;
            var diagnostic = fields["Diagnostic-Code"] is { } code ? AfterType(code) : null;
            yield return new BouncedRecipient(recipient, fields["Action"]?.Trim().ToLowerInvariant() ?? "failed", fields["Status"]?.Trim(), diagnostic);
        }
    }

    private static bool LooksLikeBounce(MimeMessage message)
    {
        if (!BounceSubject().IsMatch(message.Subject ?? ""))
            return false;
        var from = message.From.Mailboxes.FirstOrDefault()?.Address;
        return IsMailSystem(from) || message.Headers["X-Failed-Recipients"] is not null || message.Headers["Return-Path"]?.Trim() == "<>";
    }

    private static List<BouncedRecipient> NonStandardRecipients(MimeMessage message, IReadOnlyCollection<string> ownAddresses)
    {
        var text = message.TextBody ?? "";
        var status = EnhancedStatus().Match(text) is { Success: true } s ? s.Value : null;
        var diagnostic = DiagnosticLine().Match(text) is { Success: true } d ? Shorten(d.Value.Trim()) : null;
        var listed = message.Headers["X-Failed-Recipients"]?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var from = message.From.Mailboxes.FirstOrDefault()?.Address;
        var addresses = listed is { Length: > 0 }
            ? listed
            : Addresses().Matches(text).Select(m => m.Value)
                .Where(a => !IsMailSystem(a) && !string.Equals(a, from, StringComparison.OrdinalIgnoreCase)
                    && !ownAddresses.Contains(a, StringComparer.OrdinalIgnoreCase))
                .Take(1);
        return [.. addresses.Select(a => a.ToLowerInvariant()).Distinct().Select(a => new BouncedRecipient(a, "failed", status, diagnostic))];
    }

    // "rfc822; resident@example.com" -> "resident@example.com"
    private static string? AddressOf(string? field) =>
        field is null ? null : AfterType(field).Trim('<', '>', ' ') is { Length: > 0 } a && a.Contains('@') ? a.ToLowerInvariant() : null;

    private static string AfterType(string field)
    {
        var value = Regex.Replace(field, @"\s+", " ").Trim();
        var semicolon = value.IndexOf(';');
        return Shorten(semicolon >= 0 ? value[(semicolon + 1)..].Trim() : value);
    }

    private static string Shorten(string value) => value.Length <= 300 ? value : value[..300];

    [GeneratedRegex(@"^(mailer-daemon|postmaster|mail-daemon)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MailSystem();

    [GeneratedRegex(@"undelivered mail returned to sender|delivery status notification \(failure\)|mail delivery (failed|failure)|^undeliverable|delivery (has )?failed|failure notice|returned mail|message not delivered|could not be delivered|undeliverable mail",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BounceSubject();

    [GeneratedRegex(@"\b[45]\.\d{1,3}\.\d{1,3}\b")]
    private static partial Regex EnhancedStatus();

    [GeneratedRegex(@"[^\n]*\b[45]\d\d[ -][^\n]*")]
    private static partial Regex DiagnosticLine();

    [GeneratedRegex(@"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")]
    private static partial Regex Addresses();
}
