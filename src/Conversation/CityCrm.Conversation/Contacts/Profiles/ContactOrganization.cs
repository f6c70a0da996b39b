namespace CityCrm.Conversations.Contacts.Profiles;

/// <summary>The organization a contact speaks for: its name, its kind (from <see cref="Kinds"/>) and the contact's role in it.</summary>
public sealed record ContactOrganization(string Name, string Kind, string? Role)
{
    /// <summary>The kinds of organization the city deals with.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["vendor", "business", "elected-official", "partner-agency", "nonprofit", "other"];
}
