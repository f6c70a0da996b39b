namespace CityCrm.City311.Observability;

/// <summary>Where metrics and traces go (section <c>Observability</c>).</summary>
public sealed class ObservabilityOptions
{
    public const string Section = "Observability";

    /// <summary>
    /// The bearer token a Prometheus scraper sends to <c>/metrics</c>. Without one, only requests from this machine
    /// (loopback) may scrape.
    /// </summary>
    public string? ScrapeToken { get; set; }

    /// <summary>An OTLP collector (http/protobuf, e.g. <c>http://collector:4318</c>) to send traces to; none sends no traces.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>How long spans are batched before they are sent.</summary>
    public int TraceExportDelayMilliseconds { get; set; } = 5000;
}
