using CityCrm.Conversations.Contacts.Profiles;

namespace CityCrm.City311.Api.Dtos;

/// <summary>
/// The contact 360 view: the profile (send <see cref="Version"/> back with an edit), the consents in force and
/// their history, every conversation on every channel, every case, and contacts that may be the same person.
/// </summary>
public sealed record ContactProfileDto(
    string ContactId,
    int Version,
    string? GivenName,
    string? FamilyName,
    string? DisplayName,
    IReadOnlyList<ContactPhone> Phones,
    IReadOnlyList<string> Emails,
    PostalAddress? Address,
    IReadOnlyList<HouseholdMember> Household,
    string? Language,
    string? PreferredChannel,
    IReadOnlyList<string> Accessibility,
    ContactOrganization? Organization,
    IReadOnlyList<string> Tags,
    IReadOnlyList<ContactNote> Notes,
    IReadOnlyList<NextActionDto> NextActions,
    string? MergedInto,
    IReadOnlyList<ConsentDto> Consents,
    IReadOnlyList<ContactConversationDto> Conversations,
    IReadOnlyList<ContactCaseDto> Cases,
    IReadOnlyList<ContactDuplicate> Duplicates);
