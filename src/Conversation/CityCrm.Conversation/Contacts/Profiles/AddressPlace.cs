using CityCrm.CaseCore.Streets;

namespace CityCrm.Conversations.Contacts.Profiles;

/// <summary>
/// Places a contact's postal address with the city's streets: an address the gazetteer finds exactly gets its coordinates;
/// any other (no address, another city, a street or number the city does not have) gets none, so a stale position never
/// outlives the address it came from.
/// </summary>
public static class AddressPlace
{
    /// <summary>The profile with <see cref="ContactProfileData.Latitude"/> and <see cref="ContactProfileData.Longitude"/> matching its address.</summary>
    public static ContactProfileData Of(ContactProfileData data, IStreetResolver? streets)
    {
        ArgumentNullException.ThrowIfNull(data);
        var point = data.Address is { } address && streets is { HasStreets: true } && InCity(address, streets.City)
            && streets.Resolve(address.Street) is { Outcome: AddressOutcome.Exact } found
            ? found.Point
            : null;
        return data with { Latitude = point?.Latitude, Longitude = point?.Longitude };
    }

    // A gazetteer that names its city places only addresses there: "100 Main St, Springfield" is not Riverton's Main Street.
    private static bool InCity(PostalAddress address, string? city) =>
        city is null || string.Equals(address.City.Trim(), city, StringComparison.OrdinalIgnoreCase);
}
