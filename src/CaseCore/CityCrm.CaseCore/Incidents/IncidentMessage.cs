using CityCrm.CaseCore;

namespace CityCrm.CaseCore.Incidents;

/// <summary>
/// What residents are told about an incident, in English and optionally in Spanish. It is sent as plain text on
/// every channel, never as a template or markup.
/// </summary>
public sealed record IncidentMessage(string English, string? Spanish = null)
{
    public const int MaxLength = 1000;

    /// <summary>The text for a resident's language (a BCP 47 tag, or null); English when there is no Spanish text.</summary>
    public string For(string? language) =>
        language is not null && language.StartsWith("es", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(Spanish)
            ? Spanish!
            : English;

    /// <summary>The message trimmed, with every problem named under <paramref name="field"/>.</summary>
    public static IncidentMessage? Check(IncidentMessage? message, string field, List<CaseProblem> problems)
    {
        var english = message?.English?.Trim() ?? "";
        var spanish = message?.Spanish?.Trim();
        if (english.Length == 0)
            problems.Add(new(field, "required", "The message in English is required."));
        if (english.Length > MaxLength || spanish?.Length > MaxLength)
            problems.Add(new(field, "too_long", $"Keep the message under {MaxLength} characters."));
        return english.Length == 0 ? null : new IncidentMessage(english, string.IsNullOrEmpty(spanish) ? null : spanish);
    }
}
