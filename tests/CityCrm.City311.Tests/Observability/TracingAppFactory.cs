namespace CityCrm.City311.Tests.Observability;

/// <summary>The real host sending its traces to <paramref name="endpoint"/> every 100 ms.</summary>
public sealed class TracingAppFactory(string endpoint) : CityAppFactory
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Observability:OtlpEndpoint"] = endpoint,
        ["Observability:TraceExportDelayMilliseconds"] = "100",
    };
}
