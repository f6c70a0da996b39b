namespace CityCrm.Knowledge.Search;

/// <summary>Today's date in the city, which decides the articles whose validity window is open.</summary>
internal sealed class CityDay(TimeProvider clock, string? timeZone)
{
    private readonly TimeZoneInfo zone = string.IsNullOrWhiteSpace(timeZone) ? clock.LocalTimeZone : TimeZoneInfo.FindSystemTimeZoneById(timeZone);

    public DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
}
