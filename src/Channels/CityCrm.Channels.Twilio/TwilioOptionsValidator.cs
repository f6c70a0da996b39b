using System.Text.RegularExpressions;
using CityCrm.Channels.Twilio.Phone;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Twilio;

/// <summary>Refuses to start with a Twilio configuration that would make every webhook fail its checks.</summary>
public sealed partial class TwilioOptionsValidator : IValidateOptions<TwilioOptions>
{
    public ValidateOptionsResult Validate(string? name, TwilioOptions options)
    {
        var errors = new List<string>();
        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out _))
            errors.Add("Twilio:ApiBaseUrl must be an absolute URL.");
        if (options.Numbers.Count > 0 && (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var publicBase) || publicBase.Scheme is not ("https" or "http")))
            errors.Add("Twilio:PublicBaseUrl must be the absolute http(s) URL Twilio calls: webhook signatures are checked against it.");
        if (options.ApiTimeoutSeconds is < 1 or > 300)
            errors.Add("Twilio:ApiTimeoutSeconds must be between 1 and 300.");
        for (var i = 0; i < options.Numbers.Count; i++)
        {
            var number = options.Numbers[i];
            if (!PhoneNumberNormalizer.IsE164(PhoneNumberNormalizer.Normalize(number.PhoneNumber, options.DefaultRegion)))
                errors.Add($"Twilio:Numbers:{i}:PhoneNumber '{number.PhoneNumber}' is not a phone number.");
            if (!AccountSid().IsMatch(number.AccountSid))
                errors.Add($"Twilio:Numbers:{i}:AccountSid must be \"AC\" followed by 32 hexadecimal digits.");
            if (string.IsNullOrWhiteSpace(number.AuthToken))
                errors.Add($"Twilio:Numbers:{i}:AuthToken is required.");
            if (string.IsNullOrEmpty(number.SmsInboxId) && string.IsNullOrEmpty(number.VoiceInboxId))
                errors.Add($"Twilio:Numbers:{i} serves no inbox: set SmsInboxId, VoiceInboxId or both.");
        }
        var duplicates = options.Numbers
            .GroupBy(n => PhoneNumberNormalizer.Normalize(n.PhoneNumber, options.DefaultRegion))
            .Where(g => g.Key is not null && g.Count() > 1)
            .Select(g => g.Key);
        errors.AddRange(duplicates.Select(d => $"Twilio:Numbers lists {d} more than once."));
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    [GeneratedRegex("^AC[0-9a-fA-F]{32}$")]
    private static partial Regex AccountSid();
}
