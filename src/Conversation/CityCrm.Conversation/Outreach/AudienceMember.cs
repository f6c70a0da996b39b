using CityCrm.Conversations.Contacts.Profiles;

namespace CityCrm.Conversations.Outreach;

/// <summary>
/// A contact as segments see it: the profile, the identities it is known by (inbox and address), the subscription
/// topics in force, and where its postal address is on the map when it could be placed (<see cref="ContactProfileData.Latitude"/>).
/// </summary>
public sealed record AudienceMember(
    ContactProfileData Profile,
    IReadOnlyList<AudienceIdentity> Identities,
    IReadOnlySet<string> Subscriptions,
    GeoPoint? Location = null)
{
    public string ContactId => Profile.ContactId;
}
