namespace CityCrm.Conversations.Outreach;

/// <summary>Settings of broadcasts and subscriptions (section <c>Outreach</c>).</summary>
public sealed class OutreachOptions
{
    public const string Section = "Outreach";

    /// <summary>The city's time zone, in which quiet hours are read.</summary>
    public string TimeZone { get; set; } = "America/New_York";

    /// <summary>Local time from which nothing is sent ("21:00"); equal to <see cref="QuietEnd"/> means no quiet hours.</summary>
    public TimeOnly QuietStart { get; set; } = new(21, 0);

    /// <summary>Local time from which held messages go out ("08:00").</summary>
    public TimeOnly QuietEnd { get; set; } = new(8, 0);

    /// <summary>Messages written per second per channel; channels not listed use <see cref="DefaultRatePerSecond"/>.</summary>
    public Dictionary<string, int> RatePerSecond { get; set; } = new(StringComparer.OrdinalIgnoreCase) { ["sms"] = 10, ["email"] = 20 };

    public int DefaultRatePerSecond { get; set; } = 5;

    /// <summary>A segment with more people than this needs an explicit confirmation to be sent to (as does an empty one).</summary>
    public int ConfirmAbove { get; set; } = 5000;

    /// <summary>
    /// False for a host that plans broadcasts but leaves sending to another instance on the same database (and for tests
    /// that send step by step through <see cref="BroadcastSender.SendDueAsync"/>).
    /// </summary>
    public bool SendInBackground { get; set; } = true;

    /// <summary>What residents can subscribe to by keyword ("SUBSCRIBE TRASH").</summary>
    public List<SubscriptionTopic> Topics { get; set; } = [];

    /// <summary>The rate of <paramref name="channelId"/>, at least one a second.</summary>
    public int RateOf(string channelId) => Math.Max(1, RatePerSecond.TryGetValue(channelId, out var rate) ? rate : DefaultRatePerSecond);
}
