using CityCrm.Conversations.Contacts.Profiles;

namespace CityCrm.City311.Api.Dtos;

/// <summary>
/// An edit of a contact's details with the <see cref="Version"/> it was based on (a stale one is refused with 409).
/// A field left out is unchanged; an empty string or list clears it.
/// </summary>
public sealed record ContactEditRequest(
    int? Version,
    string? GivenName,
    string? FamilyName,
    string? DisplayName,
    IReadOnlyList<ContactPhone>? Phones,
    IReadOnlyList<string>? Emails,
    PostalAddressInput? Address,
    IReadOnlyList<HouseholdMember>? Household,
    string? Language,
    string? PreferredChannel,
    IReadOnlyList<string>? Accessibility,
    ContactOrganization? Organization,
    IReadOnlyList<string>? Tags)
{
    /// <summary>The edit for the profile.</summary>
    public ContactEdit ToEdit() => new()
    {
        GivenName = GivenName, FamilyName = FamilyName, DisplayName = DisplayName, Phones = Phones, Emails = Emails, Address = Address,
        Household = Household, Language = Language, PreferredChannel = PreferredChannel, Accessibility = Accessibility,
        Organization = Organization, Tags = Tags,
    };
}
