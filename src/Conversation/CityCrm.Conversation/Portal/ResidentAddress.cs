using CityCrm.Conversations.Contacts.Profiles;

namespace CityCrm.Conversations.Portal;

/// <summary>
/// Reads the address a resident types to sign in: an email (lower case) or a phone number (E.164, national numbers in
/// the city's region), refusing anything else with the reason, by the same rules staff edits follow.
/// </summary>
public static class ResidentAddress
{
    /// <summary>The normalized address; throws <see cref="ContactValidationException"/> naming <paramref name="field"/> and why.</summary>
    public static string Read(string field, string? raw, string defaultRegion)
    {
        var text = raw?.Trim() ?? "";
        if (text.Length == 0)
            throw new ContactValidationException(field, "Enter the email or phone number the city has for you.");
        return text.Contains('@') ? ContactAddressRules.Email(field, text) : ContactAddressRules.Phone(field, text, defaultRegion);
    }

    /// <summary>True for an email, false for a phone number (as returned by <see cref="Read"/>).</summary>
    public static bool IsEmail(string address) => address.Contains('@');
}
