using CityCrm.Channels.Twilio.Phone;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Twilio.Security;

/// <summary>The configured numbers, found by account, by number (in any spelling) and by inbox.</summary>
public sealed class TwilioNumberDirectory(IOptions<TwilioOptions> options)
{
    private readonly TwilioOptions settings = options.Value;

    /// <summary>Every auth token configured for the account (one in practice); empty for an account we do not know.</summary>
    public IReadOnlyList<string> TokensFor(string? accountSid) =>
        string.IsNullOrEmpty(accountSid)
            ? []
            : settings.Numbers.Where(n => string.Equals(n.AccountSid, accountSid, StringComparison.Ordinal))
                .Select(n => n.AuthToken).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Our number <paramref name="phoneNumber"/> in account <paramref name="accountSid"/>, or null.</summary>
    public TwilioNumber? Find(string? accountSid, string? phoneNumber)
    {
        var wanted = PhoneNumberNormalizer.Normalize(phoneNumber, settings.DefaultRegion);
        if (wanted is null)
            return null;
        return settings.Numbers.FirstOrDefault(n =>
            string.Equals(n.AccountSid, accountSid, StringComparison.Ordinal)
            && string.Equals(PhoneNumberNormalizer.Normalize(n.PhoneNumber, settings.DefaultRegion), wanted, StringComparison.Ordinal));
    }

    /// <summary>The number whose texts arrive in <paramref name="inboxId"/>, or null.</summary>
    public TwilioNumber? FindBySmsInbox(string inboxId) =>
        settings.Numbers.FirstOrDefault(n => string.Equals(n.SmsInboxId, inboxId, StringComparison.Ordinal));

    /// <summary>The number whose calls arrive in <paramref name="inboxId"/>, or null.</summary>
    public TwilioNumber? FindByVoiceInbox(string inboxId) =>
        settings.Numbers.FirstOrDefault(n => string.Equals(n.VoiceInboxId, inboxId, StringComparison.Ordinal));

    /// <summary>Our number in E.164, as it is sent From and stored.</summary>
    public string AddressOf(TwilioNumber number) =>
        PhoneNumberNormalizer.Normalize(number.PhoneNumber, settings.DefaultRegion) ?? number.PhoneNumber;
}
