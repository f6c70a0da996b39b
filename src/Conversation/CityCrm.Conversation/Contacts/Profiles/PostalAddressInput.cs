namespace CityCrm.Conversations.Contacts.Profiles;

/// <summary>An address as typed, before <see cref="PostalAddressNormalizer"/>.</summary>
/// <param name="Street">House number and street, optionally with the unit ("100 main street apt 4").</param>
/// <param name="Unit">Apartment, unit or suite, when typed apart.</param>
/// <param name="City">The city.</param>
/// <param name="State">The state's two-letter code.</param>
/// <param name="Zip">Five digits or ZIP+4.</param>
public sealed record PostalAddressInput(string? Street, string? Unit, string? City, string? State, string? Zip)
{
    /// <summary>True when nothing was typed: the address is to be cleared.</summary>
    public bool IsEmpty =>
        new[] { Street, Unit, City, State, Zip }.All(string.IsNullOrWhiteSpace);
}
