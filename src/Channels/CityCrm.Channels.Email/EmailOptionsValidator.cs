using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CityCrm.Channels.Email;

/// <summary>Refuses to start with mailbox settings no reader could use.</summary>
public sealed class EmailOptionsValidator : IValidateOptions<EmailOptions>
{
    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        var errors = new List<string>();
        if (options.MaxAttachmentBytes < 1)
            errors.Add("Email:MaxAttachmentBytes must be positive.");
        if (options.PollSeconds is < 1 or > 3600)
            errors.Add("Email:PollSeconds must be between 1 and 3600.");
        if (options.ReconnectMaxSeconds is < 1 or > 3600)
            errors.Add("Email:ReconnectMaxSeconds must be between 1 and 3600.");
        for (var i = 0; i < options.Mailboxes.Count; i++)
        {
            var mailbox = options.Mailboxes[i];
            var key = $"Email:Mailboxes:{i}";
            if (!MailboxAddress.TryParse(mailbox.Address, out var parsed) || string.IsNullOrEmpty(parsed.Address) || !parsed.Address.Contains('@'))
                errors.Add($"{key}:Address '{mailbox.Address}' is not an email address.");
            if (string.IsNullOrWhiteSpace(mailbox.Imap.Host))
                errors.Add($"{key}:Imap:Host is required.");
            if (mailbox.Imap.Port is < 0 or > 65535)
                errors.Add($"{key}:Imap:Port must be between 0 (the protocol's default) and 65535.");
            if (!Enum.TryParse<SecureSocketOptions>(mailbox.Imap.Security, ignoreCase: true, out _))
                errors.Add($"{key}:Imap:Security must be None, StartTls, SslOnConnect or Auto.");
            if (string.IsNullOrWhiteSpace(mailbox.Folder))
                errors.Add($"{key}:Folder is required.");
            if (string.Equals(mailbox.Folder, mailbox.ProcessedFolder, StringComparison.OrdinalIgnoreCase))
                errors.Add($"{key}:ProcessedFolder must differ from Folder.");
        }
        var duplicates = options.Mailboxes
            .GroupBy(m => $"{m.Imap.Host}:{m.Imap.Port}:{m.Imap.UserName}:{m.Folder}".ToLowerInvariant())
            .Where(g => g.Count() > 1);
        errors.AddRange(duplicates.Select(g => $"Email:Mailboxes reads the same folder twice ({g.Key})."));
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
