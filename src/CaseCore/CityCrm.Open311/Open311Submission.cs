using CityCrm.CaseCore;

namespace CityCrm.Open311;

/// <summary>
/// A <c>POST requests</c> form as read, in the city's terms, with the problems found in the form itself (a latitude
/// without a longitude, a media_url that is no URL, an email that is no address). The case rules are checked later.
/// </summary>
public sealed record Open311Submission(
    string ServiceCode,
    string? Description,
    GeoPoint? Point,
    string? AddressString,
    string? AddressId,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Attributes,
    IReadOnlyList<string> Media,
    Open311Requester Requester,
    IReadOnlyList<CaseProblem> Problems)
{
    /// <summary>
    /// The case request. Open311 makes the description optional while a case needs one, so the service's name
    /// stands in for it; an address id alone (the city keeps no address registry) is kept as the location's text.
    /// </summary>
    public OpenCaseRequest ToCaseRequest(ServiceDefinition? service, string contactId, string channel)
    {
        var location = !string.IsNullOrWhiteSpace(AddressString) ? AddressString.Trim()
            : !string.IsNullOrWhiteSpace(AddressId) ? $"Address id {AddressId.Trim()}"
            : "";
        var description = !string.IsNullOrWhiteSpace(Description) ? Description : service?.Name ?? "";
        return new OpenCaseRequest(ServiceCode, description, location, contactId, null, channel)
        {
            Attributes = Attributes,
            Point = Point,
            Media = Media,
        };
    }
}
