namespace CityCrm.Conversations.Contacts.Profiles;

/// <summary>
/// Someone in the contact's household: a name, a role from <see cref="Roles"/>, and their own contact when the city
/// knows them.
/// </summary>
public sealed record HouseholdMember(string Name, string Role, string? ContactId = null)
{
    /// <summary>The roles a member can have.</summary>
    public static readonly IReadOnlyList<string> Roles = ["head", "spouse", "partner", "child", "senior", "caregiver", "dependent", "other"];
}
