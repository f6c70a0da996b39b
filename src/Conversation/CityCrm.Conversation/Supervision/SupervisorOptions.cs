namespace CityCrm.Conversations.Supervision;

/// <summary>The supervisor dashboard's settings (<c>Supervisor</c> section of appsettings.json).</summary>
public sealed class SupervisorOptions
{
    public const string Section = "Supervisor";

    /// <summary>The city's time zone: "today", hours and days of the reports are counted in it.</summary>
    public string TimeZone { get; set; } = "America/New_York";

    /// <summary>A handed-off conversation meets the service level when an agent answers within this many seconds.</summary>
    public int ServiceLevelTargetSeconds { get; set; } = 60;

    /// <summary>The shortest time between two pushes of the live counters, however many events arrive.</summary>
    public int PushIntervalMilliseconds { get; set; } = 250;

    /// <summary>Counters are pushed at least this often, so waits grow and case counts follow without an event.</summary>
    public int RefreshSeconds { get; set; } = 10;

    /// <summary>The most residents' messages a text report reads (topics, sentiment).</summary>
    public int MaxTexts { get; set; } = 100_000;

    /// <summary>The longest period a report covers, in days.</summary>
    public int MaxDays { get; set; } = 366;

    /// <summary>The city's time zone, resolved.</summary>
    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
