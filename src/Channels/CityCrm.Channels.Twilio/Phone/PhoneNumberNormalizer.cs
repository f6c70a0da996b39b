using System.Text.RegularExpressions;
using PhoneNumbers;

namespace CityCrm.Channels.Twilio.Phone;

/// <summary>
/// One spelling per phone number, so that a resident who texts, calls or writes on WhatsApp is one contact:
/// E.164 ("+15555550100") from any format, numbers without a country code read in the default region.
/// Short codes ("311", "87654") and alphanumeric senders ("RIVERTON") are not phone numbers and are kept as given.
/// </summary>
public static partial class PhoneNumberNormalizer
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>The E.164 form of <paramref name="raw"/>, the short code or sender id as given, or null when it is neither.</summary>
    public static string? Normalize(string? raw, string defaultRegion)
    {
        var text = raw?.Trim();
        if (string.IsNullOrEmpty(text))
            return null;
        if (AlphanumericSender().IsMatch(text))
            return text;

        PhoneNumber number;
        try
        {
            number = Util.Parse(text, string.IsNullOrEmpty(defaultRegion) ? "ZZ" : defaultRegion.ToUpperInvariant());
        }
        catch (NumberParseException)
        {
            return ShortCode().IsMatch(text) ? text : null;
        }
        // "Possible" rather than "valid": a number the carrier delivered from is real even when the metadata of
        // assigned ranges lags behind, and dropping a resident's message over that would be worse than keeping it.
        if (Util.IsPossibleNumberWithReason(number) == PhoneNumberUtil.ValidationResult.IS_POSSIBLE)
            return Util.Format(number, PhoneNumberFormat.E164);
        return ShortCode().IsMatch(text) ? text : null;
    }

    /// <summary>True when <paramref name="address"/> is already an E.164 number (not a short code or sender id).</summary>
    public static bool IsE164(string? address) => address is not null && E164().IsMatch(address);

    // Sender ids are 1 to 11 letters, digits and spaces with at least one letter; a "+" or punctuation means a number.
    [GeneratedRegex("^(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}$")]
    private static partial Regex AlphanumericSender();

    [GeneratedRegex("^[0-9]{3,6}$")]
    private static partial Regex ShortCode();

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex E164();
}
