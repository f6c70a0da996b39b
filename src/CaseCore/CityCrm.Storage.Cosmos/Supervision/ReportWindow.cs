using System.Globalization;

namespace CityCrm.Storage.Cosmos.Supervision;

/// <summary>
/// A period as the text bounds a query can compare stored times with. The stores keep some times as ISO text with
/// their offset; the bounds are widened by a day on each side, so any offset falls inside, and the exact comparison
/// is made on the parsed times afterwards.
/// </summary>
internal readonly record struct ReportWindow(DateTimeOffset From, DateTimeOffset To)
{
    public string Low => From.UtcDateTime.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string High => To.UtcDateTime.AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public bool Contains(DateTimeOffset at) => at >= From && at < To;
}
