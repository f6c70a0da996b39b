using System.Text.RegularExpressions;

namespace CityCrm.Conversations.Contacts;

/// <summary>
/// Recognizes addresses that are phone numbers in E.164 form (+ country code and number, 7 to 15 digits).
/// Channel adapters normalize numbers to this form, which is what lets one caller be one contact across SMS,
/// voice and WhatsApp. Web chat user ids cannot start with "+", so they never match.
/// </summary>
public static partial class PhoneAddress
{
    /// <summary>True for "+15551234567"; false for "5551234567", "+0...", emails and Direct Line ids.</summary>
    public static bool IsE164(string? address) => address is not null && E164().IsMatch(address);

    // [0-9] and \z, not \d and $: no other scripts' digits, no trailing newline.
    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}\z", RegexOptions.CultureInvariant)]
    private static partial Regex E164();
}
