namespace CityCrm.City311.Tests.Fuzzing;

/// <summary>The fuzzing host with a low per-IP limit on the public endpoints.</summary>
public sealed class IpLimitedHost : FuzzHost
{
    public const int PerIp = 5;

    protected override IReadOnlyDictionary<string, string> Overrides { get; } = new Dictionary<string, string>
    {
        ["RateLimits:PerIp"] = $"{PerIp}",
    };
}
