using System.Globalization;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Surveys;

/// <summary>
/// The city's night, when nothing should buzz a resident's phone: a message due then on a channel that notifies a
/// phone is held until the morning; other channels (web chat, email) send at once.
/// </summary>
public sealed class QuietHours(IOptions<SurveyOptions> options)
{
    private readonly TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
    private readonly TimeOnly from = TimeOnly.Parse(options.Value.QuietFrom, CultureInfo.InvariantCulture);
    private readonly TimeOnly until = TimeOnly.Parse(options.Value.QuietUntil, CultureInfo.InvariantCulture);

    /// <summary>The first moment at or after <paramref name="at"/> when a message on <paramref name="channelId"/> may go out.</summary>
    public DateTimeOffset NextAllowed(DateTimeOffset at, string channelId)
    {
        if (!options.Value.QuietChannels.Contains(channelId, StringComparer.OrdinalIgnoreCase) || from == until)
            return at;
        var local = TimeZoneInfo.ConvertTime(at, zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var quiet = from < until ? time >= from && time < until : time >= from || time < until;
        if (!quiet)
            return at;
        // Past midnight the morning is today's; before midnight it is tomorrow's.
        var day = DateOnly.FromDateTime(local.DateTime);
        if (from > until && time >= from)
            day = day.AddDays(1);
        var morning = day.ToDateTime(until);
        return new DateTimeOffset(morning, zone.GetUtcOffset(morning)).ToUniversalTime();
    }
}
