namespace CityCrm.Conversations.Contacts.Profiles;

/// <summary>
/// An edit of a contact's details: a null field is left as it is; an empty string or list clears it. Phones and
/// emails are as typed (checked and normalized by <see cref="ContactProfile.Edit"/>), and so is the address.
/// </summary>
public sealed record ContactEdit
{
    public string? GivenName { get; init; }
    public string? FamilyName { get; init; }
    public string? DisplayName { get; init; }
    public IReadOnlyList<ContactPhone>? Phones { get; init; }
    public IReadOnlyList<string>? Emails { get; init; }

    /// <summary>The address as typed; every part empty clears it.</summary>
    public PostalAddressInput? Address { get; init; }

    public IReadOnlyList<HouseholdMember>? Household { get; init; }
    public string? Language { get; init; }
    public string? PreferredChannel { get; init; }
    public IReadOnlyList<string>? Accessibility { get; init; }

    /// <summary>The organization; an empty name clears it.</summary>
    public ContactOrganization? Organization { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }
}
