using System.Globalization;
using CityCrm.CaseCore;

namespace CityCrm.Conversations.Bot;

/// <summary>
/// A request's status and dates in the resident's language, from the bot's messages (<see cref="BotMessages.StatusOpen"/>
/// and the rest). The host runs with invariant globalization, so month names and the date's shape come from there too.
/// </summary>
public static class CaseWords
{
    /// <summary>"in progress, target date March 5, 2026" / "en curso, con fecha prevista el 5 de marzo de 2026".</summary>
    public static string Status(Case c, BotMessages say)
    {
        // A new case is "open" to residents: routing inside the city is not their concern. A hold says why; an
        // unfinished case says when the city aims to be done.
        var status = c.Status switch
        {
            CaseStatus.InProgress => say.StatusInProgress,
            CaseStatus.OnHold => say.StatusOnHold.Replace("{reason}", c.HoldReason ?? "", StringComparison.Ordinal),
            CaseStatus.Closed => say.StatusClosed,
            _ => say.StatusOpen,
        };
        return c.DueAt is { } due && !c.IsClosed
            ? status + say.StatusTargetDate.Replace("{date}", Date(due, say), StringComparison.Ordinal)
            : status;
    }

    /// <summary>The date as the resident's language writes it.</summary>
    public static string Date(DateTimeOffset date, BotMessages say)
    {
        var months = say.Months.Split(',', StringSplitOptions.TrimEntries);
        return say.DateFormat
            .Replace("{day}", date.Day.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{month}", months.Length == 12 ? months[date.Month - 1] : date.Month.ToString("00", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{year}", date.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
