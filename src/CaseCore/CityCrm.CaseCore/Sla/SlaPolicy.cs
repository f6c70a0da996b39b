namespace CityCrm.CaseCore.Sla;

/// <summary>
/// When a case is due: the service's target resolution time (from the catalogue, or else from the workflow file's
/// targets) counted from the report in the service's calendar.
/// </summary>
public sealed class SlaPolicy(WorkingCalendar businessHours, IReadOnlyDictionary<string, ServiceTarget>? targets = null)
{
    public const string BusinessHours = "business-hours";
    public const string TwentyFourSeven = "24x7";

    /// <summary>The calendar named by a service (<see cref="BusinessHours"/> or anything else for 24x7).</summary>
    public WorkingCalendar CalendarFor(string? name) =>
        string.Equals(name, BusinessHours, StringComparison.OrdinalIgnoreCase) ? businessHours : WorkingCalendar.AlwaysOpen;

    /// <summary>The target and its calendar, or null when the service has no target.</summary>
    public (TimeSpan Target, WorkingCalendar Calendar)? TargetFor(ServiceDefinition service)
    {
        ArgumentNullException.ThrowIfNull(service);
        if (service.TargetResolution is { } target && target > TimeSpan.Zero)
            return (target, CalendarFor(service.Calendar));
        if (targets is not null && targets.TryGetValue(service.Code, out var configured) && configured.Hours > 0)
            return (TimeSpan.FromHours(configured.Hours), CalendarFor(configured.Calendar));
        return null;
    }

    /// <summary>The due time of a case of <paramref name="service"/> reported at <paramref name="reported"/>.</summary>
    public DateTimeOffset? DueAt(ServiceDefinition service, DateTimeOffset reported) =>
        TargetFor(service) is { } t ? t.Calendar.Add(reported, t.Target) : null;

    /// <summary>When the given share of the target (0.75 for "SLA at 75%") has been used.</summary>
    public DateTimeOffset? PointAt(ServiceDefinition service, DateTimeOffset reported, double share) =>
        TargetFor(service) is { } t ? t.Calendar.Add(reported, t.Target * share) : null;
}
