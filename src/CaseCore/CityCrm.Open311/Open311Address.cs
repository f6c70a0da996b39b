using CityCrm.CaseCore;
using CityCrm.CaseCore.Streets;

namespace CityCrm.Open311;

/// <summary>
/// Places an <c>address_string</c> sent without lat/long with the city's street gazetteer: a known address or intersection
/// gets its canonical text and position on the case; one the city cannot find is refused saying exactly why. Text that is
/// no address (the spec allows "a description of location") and a bare street name are kept as written, without a position.
/// </summary>
public sealed class Open311Address(IStreetResolver streets)
{
    private const string Field = "address_string";

    /// <summary>The request with its place resolved; problems found are added to <paramref name="problems"/>.</summary>
    public OpenCaseRequest Geocode(OpenCaseRequest request, Open311Submission submission, List<CaseProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(submission);
        if (submission.Point is not null || string.IsNullOrWhiteSpace(submission.AddressString) || !streets.HasStreets)
            return request;
        var typed = submission.AddressString.Trim();
        var found = streets.Resolve(typed);
        switch (found.Outcome)
        {
            case AddressOutcome.Exact:
                return request with { Location = found.Normalized!, Point = found.Point };
            case AddressOutcome.StreetOnly:
                return request with { Location = found.Normalized! };
            case AddressOutcome.Suggestions:
                problems.Add(new(Field, "not_found", $"'{typed}' is not an address in the city. Did you mean {string.Join(" or ", found.Candidates.Select(c => $"'{c.Text}'"))}?"));
                break;
            case AddressOutcome.UnknownStreet:
                problems.Add(new(Field, "unknown_street", $"The city has no street called '{found.Street}'. Send lat/long for a place without a street address."));
                break;
            case AddressOutcome.NumberOutOfRange:
                problems.Add(new(Field, "number_out_of_range",
                    $"{found.Street} has house numbers {found.LowestNumber} to {found.HighestNumber}; {found.Number} is not one of them."));
                break;
            case AddressOutcome.NotCrossing:
                problems.Add(new(Field, "not_crossing", $"{found.Street} and {found.CrossStreet} do not cross, so they name no intersection."));
                break;
        }
        return request;
    }
}
