using CityCrm.CaseCore;

namespace CityCrm.Open311.Tests.Support;

/// <summary>
/// A catalogue shaped like DC's pothole definition (S0301): a required single-value list, optional lists, an
/// informational text; plus a service with a multi-value list, a number and a date, and one needing no place.
/// </summary>
internal static class TestCatalog
{
    public const string Pothole = "pothole";
    public const string Dumping = "illegal-dumping";
    public const string Billing = "billing-question";

    public static ServiceCatalog Create() => new(
    [
        new ServiceDefinition(Pothole, "Pothole", "Public Works - Streets Division", "Holes in a street or alley.", ["pothole", "hole"])
        {
            Group = "Streets",
            TargetResolution = TimeSpan.FromHours(72),
            Attributes =
            [
                new ServiceAttribute("WHISPOLO", "Where is the pothole located?", AttributeDatatype.SingleValueList, Required: true, Order: 1,
                    DatatypeDescription: "Optional List of Values")
                {
                    Values = [new("ALLEY002", "Alley"), new("STREE001", "Street")],
                },
                new ServiceAttribute("ISITHAZA", "Is it hazardous?", AttributeDatatype.SingleValueList, Order: 3)
                {
                    Values = [new("NO001", "No"), new("YES001", "Yes")],
                },
                new ServiceAttribute("NOTE001", "Crews repair potholes within 3 business days.", AttributeDatatype.Text, Order: 8, Variable: false),
            ],
        },
        new ServiceDefinition(Dumping, "Illegal dumping", "Sanitation - Enforcement", "Items dumped on public land.", ["dumping"])
        {
            Group = "Trash and recycling",
            Attributes =
            [
                new ServiceAttribute("ITEMS", "What was dumped?", AttributeDatatype.MultiValueList, Required: true, Order: 1)
                {
                    Values = [new("MATTRESS", "Mattress"), new("TIRES", "Tires"), new("FURNITURE", "Furniture")],
                },
                new ServiceAttribute("COUNT", "How many items?", AttributeDatatype.Number, Order: 2),
                new ServiceAttribute("SEEN", "When did you see it dumped?", AttributeDatatype.Datetime, Order: 3),
            ],
        },
        new ServiceDefinition(Billing, "Billing question", "Finance - Utility Billing", "A question about a water bill.", [])
        {
            LocationRequired = false,
        },
    ]);
}
