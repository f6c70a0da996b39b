using System.Net.Mail;
using System.Text.RegularExpressions;
using PhoneNumbers;

namespace CityCrm.Conversations.Contacts;

/// <summary>
/// Reads a phone number or email a resident typed on its own ("+1 555 555 0123", "my email is ana@example.org") into
/// the form identities are stored in: E.164 for numbers (read in the city's region when no country code is given),
/// lower case for emails. Anything longer than that, or anything else, is not an address.
/// </summary>
public static partial class KnownAddress
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    public static string? TryRead(string? text, string defaultRegion)
    {
        var match = Lead().Match(text?.Trim() ?? "");
        if (!match.Success)
            return null;
        var candidate = match.Groups["address"].Value.Trim().TrimEnd('.');
        if (candidate.Contains('@'))
            return MailAddress.TryCreate(candidate, out var mail) && mail.Address == candidate && mail.Host.Contains('.')
                ? mail.Address.ToLowerInvariant() : null;
        if (!PhoneChars().IsMatch(candidate))
            return null;
        try
        {
            var number = Phones.Parse(candidate, defaultRegion);
            return Phones.IsPossibleNumberWithReason(number) == PhoneNumberUtil.ValidationResult.IS_POSSIBLE ? Phones.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^(?:(?:my|mi) (?:phone number|number|phone|email|e-mail|cell|número|teléfono|correo)(?: is| es)?:?\s*)?(?<address>\S.{0,60})$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Lead();

    [GeneratedRegex(@"^\+?[0-9 ().\-]{7,20}$", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneChars();
}
