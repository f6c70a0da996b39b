using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CityCrm.CaseCore;
using CityCrm.Channels.Email.Outbound;
using CityCrm.Channels.Schema;
using MimeKit;
using MimeKit.IO;

namespace CityCrm.Channels.Email.Inbound;

/// <summary>
/// Pure mapping of a received email to our Activity: the sender, the new text (plain part preferred, HTML read as
/// text, quoted history and signature cut; the full text kept in channelData "fullText"), the attached files listed by
/// name, type and size, and the headers threading needs (Message-ID, In-Reply-To, References, Subject, case reference).
/// </summary>
public static partial class MailMapper
{
    /// <summary>Longer subjects are cut: a header is no place for a letter.</summary>
    public const int MaxSubjectLength = 998;

    /// <summary>The most characters kept of an email's text (and of its full text); the rest is cut, saying so.</summary>
    public const int MaxTextLength = 100_000;

    /// <summary>The most characters kept of a sender's name.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The most files listed (and kept) from one email; the rest are named by their count only.</summary>
    public const int MaxFiles = 100;

    private const int MaxThreadIds = 50;
    private const int MaxFileNameLength = 200;

    // Windows-1252 and the ISO-8859 family are not in .NET's default encodings; MimeKit finds them once registered.
    static MailMapper() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Maps <paramref name="message"/>, received at <paramref name="receivedAt"/> by the mailbox <paramref name="ourAddress"/>.</summary>
    public static InboundMail Map(MimeMessage message, string ourAddress, DateTimeOffset receivedAt)
    {
        var sender = message.From.Mailboxes.FirstOrDefault() ?? message.Sender ?? message.ReplyTo.Mailboxes.FirstOrDefault();
        var address = MailSafety.Address(sender?.Address);
        var displayName = MailSafety.Name(sender?.Name, MaxNameLength);
        var subject = MailSafety.Text(message.Subject ?? "", MaxSubjectLength, note: false);
        var caseReference = FindCaseReference(subject);
        var allFiles = Files(message);
        var files = allFiles.Take(MaxFiles).ToList();
        var fullText = MailSafety.Text(FullText(message), MaxTextLength, note: true);
        var visible = MailSafety.Text(ReplyText.Visible(fullText), MaxTextLength, note: true);
        if (visible.Length == 0)
            visible = BareSubject(subject);
        if (allFiles.Count > files.Count)
            visible += $"\n[{allFiles.Count - files.Count} more attachments were not kept: at most {MaxFiles} are kept from one email.]";
        var threadIds = ThreadIds(message);
        var messageId = MailSafety.MessageId(message.MessageId);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = ChannelIds.Email,
            Timestamp = receivedAt,
            LocalTimestamp = message.Date == DateTimeOffset.MinValue ? null : message.Date,
            From = new ChannelAccount(address, displayName, "user"),
            Recipient = new ChannelAccount(ourAddress, null, "bot"),
            Text = visible,
            TextFormat = "plain",
            Attachments = files.Count == 0 ? null : [.. files.Select(f => new Attachment
            {
                ContentType = f.ContentType,
                Name = f.Name,
                Content = JsonSerializer.SerializeToElement(new Dictionary<string, object> { ["size"] = f.Size }),
            })],
            ChannelData = JsonSerializer.SerializeToElement(new Dictionary<string, object?>
            {
                ["messageId"] = messageId,
                ["inReplyTo"] = MailSafety.MessageId(message.InReplyTo),
                ["references"] = message.References.Select(MailSafety.MessageId).OfType<string>().Take(MaxThreadIds).ToList(),
                ["subject"] = subject,
                ["caseReference"] = caseReference,
                ["fullText"] = fullText,
            }),
        };
        return new InboundMail(activity, address, displayName, messageId, threadIds, subject, caseReference, files, AutomaticMail.Why(message) is not null);
    }

    /// <summary>The case reference a subject carries in brackets ("Re: Pothole [#R-100001]"), canonical, or null.</summary>
    public static string? FindCaseReference(string? subject) =>
        subject is not null && SubjectReference().Match(subject) is { Success: true } m ? CaseReference.Normalize(m.Groups["ref"].Value) : null;

    /// <summary>The message's whole text: its plain part, else its HTML part read as text, else nothing.</summary>
    public static string FullText(MimeMessage message)
    {
        if (message.TextBody is { } plain)
            return plain.Replace("\r\n", "\n").Trim();
        return message.HtmlBody is { } html ? HtmlText.ToText(html) : "";
    }

    private static List<string> ThreadIds(MimeMessage message)
    {
        var ids = new List<string?> { MailSafety.MessageId(message.InReplyTo) };
        ids.AddRange(message.References.Reverse().Select(MailSafety.MessageId));
        return [.. ids.OfType<string>().Distinct(StringComparer.Ordinal).Take(MaxThreadIds)];
    }

    private static List<MailFile> Files(MimeMessage message)
    {
        var files = new List<MailFile>();
        foreach (var entity in message.BodyParts)
        {
            // The text the message is read from is not a file; a text file sent as an attachment is.
            if (entity is TextPart { IsAttachment: false } || entity is not (MimePart or MessagePart))
                continue;
            var type = entity.ContentType.MimeType.ToLowerInvariant();
            files.Add(new MailFile(FileName(entity, files.Count + 1, type), type, Measure(entity), entity));
        }
        return files;
    }

    private static string FileName(MimeEntity entity, int position, string type)
    {
        var given = entity is MimePart part ? part.FileName : entity.ContentDisposition?.FileName ?? entity.ContentType.Name;
        // Only the last path segment, no control characters: the name is shown and offered as a download name, never used as a path.
        var name = new string(Path.GetFileName((given ?? "").Replace('\\', '/')).Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (name.Length == 0)
            name = entity is MessagePart ? $"message-{position}.eml"
                : $"attachment-{position}{(MimeTypes.TryGetExtension(type, out var ext) ? ext : ".bin")}";
        return Truncate(name, MaxFileNameLength);
    }

    private static long Measure(MimeEntity entity)
    {
        using var measure = new MeasuringStream();
        MailFile.WriteTo(entity, measure);
        return measure.Length;
    }

    private static string BareSubject(string subject) =>
        SubjectPrefix().Replace(SubjectReference().Replace(subject, ""), "").Trim();

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];

    [GeneratedRegex(@"\[\s*#?\s*(?<ref>r\s?[-#]?\s?\d{6,12})\s*\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectReference();

    [GeneratedRegex(@"^\s*((re|fw|fwd|aw|rv|tr)\s*:\s*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectPrefix();
}
