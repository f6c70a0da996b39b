namespace CityCrm.CaseCore;

/// <summary>
/// A kind of service request residents can file (an Open311 service) with its definition: the questions
/// to ask, where it is routed, and how soon the city aims to resolve it.
/// </summary>
public sealed record ServiceDefinition(string Code, string Name, string Department, string Description, IReadOnlyList<string> Keywords)
{
    /// <summary>The Open311 group residents browse by ("Streets", "Trash and recycling").</summary>
    public string Group { get; init; } = "";

    /// <summary>The definition's questions (Open311 attributes), ordered by <see cref="ServiceAttribute.Order"/>.</summary>
    public IReadOnlyList<ServiceAttribute> Attributes { get; init; } = [];

    /// <summary>Target time from report to resolution; null when the service has none.</summary>
    public TimeSpan? TargetResolution { get; init; }

    /// <summary>
    /// The calendar the target is counted in: "business-hours" (the city's working hours and holidays)
    /// or "24x7". Null means 24x7.
    /// </summary>
    public string? Calendar { get; init; }

    /// <summary>Whether a report needs a place (false for, say, a general question about a bill).</summary>
    public bool LocationRequired { get; init; } = true;

    /// <summary>Open311's "metadata": true when the service has questions beyond the description.</summary>
    public bool HasMetadata => Attributes.Count > 0;
}
