using System.Net.Mail;
using PhoneNumbers;

namespace CityCrm.Conversations.Contacts.Profiles;

/// <summary>
/// Checks the phone numbers and emails staff type on a contact, and says why one is refused: numbers become E.164
/// (national ones read in the city's region), emails lower case.
/// </summary>
public static class ContactAddressRules
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    /// <summary>The number in E.164 form; throws <see cref="ContactValidationException"/> with the reason it is not a valid number.</summary>
    public static string Phone(string field, string? raw, string defaultRegion)
    {
        var text = raw?.Trim() ?? "";
        if (text.Length == 0)
            throw new ContactValidationException(field, "The phone number is empty.");
        PhoneNumber number;
        try
        {
            number = Phones.Parse(text, defaultRegion);
        }
        catch (NumberParseException ex)
        {
            throw new ContactValidationException(field, ex.ErrorType switch
            {
                ErrorType.INVALID_COUNTRY_CODE => "The country code is missing or unknown: start international numbers with + and the country code.",
                ErrorType.TOO_SHORT_NSN or ErrorType.TOO_SHORT_AFTER_IDD => "The number is too short.",
                ErrorType.TOO_LONG => "The number is too long.",
                _ => "This is not a phone number.",
            });
        }
        var possible = Phones.IsPossibleNumberWithReason(number);
        if (possible != PhoneNumberUtil.ValidationResult.IS_POSSIBLE)
        {
            throw new ContactValidationException(field, possible switch
            {
                PhoneNumberUtil.ValidationResult.TOO_SHORT => "The number is too short.",
                PhoneNumberUtil.ValidationResult.TOO_LONG => "The number is too long.",
                PhoneNumberUtil.ValidationResult.INVALID_COUNTRY_CODE => "The country code is unknown.",
                _ => "The number has the wrong length for its country.",
            });
        }
        if (!Phones.IsValidNumber(number))
            throw new ContactValidationException(field, "No phone number is assigned in this range: check the area code and the digits.");
        return Phones.Format(number, PhoneNumberFormat.E164);
    }

    /// <summary>The email in lower case; throws <see cref="ContactValidationException"/> with the reason it is not an address.</summary>
    public static string Email(string field, string? raw)
    {
        var text = raw?.Trim() ?? "";
        if (text.Length == 0)
            throw new ContactValidationException(field, "The email is empty.");
        if (text.Length > 254)
            throw new ContactValidationException(field, "The email is longer than 254 characters.");
        if (!text.Contains('@'))
            throw new ContactValidationException(field, "The email has no @.");
        if (!MailAddress.TryCreate(text, out var mail) || mail.Address != text || mail.DisplayName.Length > 0)
            throw new ContactValidationException(field, "This is not an email address.");
        if (!mail.Host.Contains('.') || mail.Host.EndsWith('.'))
            throw new ContactValidationException(field, "The email's domain is incomplete (such as example.org).");
        return text.ToLowerInvariant();
    }
}
