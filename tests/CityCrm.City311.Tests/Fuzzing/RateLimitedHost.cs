namespace CityCrm.City311.Tests.Fuzzing;

/// <summary>The fuzzing host with low per-sender limits, so tests reach them in a few requests (per-IP stays high).</summary>
public sealed class SenderLimitedHost : FuzzHost
{
    public const int PerDirectLineUser = 3;
    public const int BotAnswersPerSender = 2;
    public const int PerOpen311Key = 2;

    protected override IReadOnlyDictionary<string, string> Overrides { get; } = new Dictionary<string, string>
    {
        ["RateLimits:PerIp"] = "1000000",
        ["RateLimits:PerDirectLineUser"] = $"{PerDirectLineUser}",
        ["RateLimits:BotAnswersPerSender"] = $"{BotAnswersPerSender}",
        ["Open311:RequestsPerKeyPerMinute"] = $"{PerOpen311Key}",
    };
}
