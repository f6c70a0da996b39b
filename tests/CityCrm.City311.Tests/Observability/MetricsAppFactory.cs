namespace CityCrm.City311.Tests.Observability;

/// <summary>The real host with a scrape token, so tests can read <c>/metrics</c> through the in-memory client.</summary>
public sealed class MetricsAppFactory : CityAppFactory
{
    public const string ScrapeToken = "scrape-7f3a91";

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Observability:ScrapeToken"] = ScrapeToken,
    };
}
