namespace CityCrm.Conversations.Contacts.Profiles;

/// <summary>
/// Everything the city keeps about a contact beyond their identities, as stored. Only <see cref="ContactProfile"/>
/// changes it, so its rules hold for every stored profile.
/// </summary>
public sealed record ContactProfileData
{
    public required string ContactId { get; init; }
    public string? GivenName { get; init; }
    public string? FamilyName { get; init; }
    public string? DisplayName { get; init; }
    public IReadOnlyList<ContactPhone> Phones { get; init; } = [];
    public IReadOnlyList<string> Emails { get; init; } = [];
    public PostalAddress? Address { get; init; }

    /// <summary>Where <see cref="Address"/> is on the map (from the city's streets, when saved); null when it could not be placed.</summary>
    public double? Latitude { get; init; }

    /// <summary>The longitude that goes with <see cref="Latitude"/>.</summary>
    public double? Longitude { get; init; }
    public IReadOnlyList<HouseholdMember> Household { get; init; } = [];

    /// <summary>The language the city writes and speaks to them in (en, es...): the same value every channel reads.</summary>
    public string? Language { get; init; }

    /// <summary>The channel for news about their requests (sms, email, voice, whatsapp, post...).</summary>
    public string? PreferredChannel { get; init; }

    public IReadOnlyList<string> Accessibility { get; init; } = [];
    public ContactOrganization? Organization { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<ContactNote> Notes { get; init; } = [];
    public IReadOnlyList<NextAction> NextActions { get; init; } = [];

    /// <summary>Set once this contact was merged into another: it takes no more edits until the merge is undone.</summary>
    public string? MergedInto { get; init; }

    /// <summary>Counts saves; a save based on an older version is refused.</summary>
    public int Version { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }
}
