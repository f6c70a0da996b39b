using System.Globalization;
using CityCrm.City311.Api.Dtos;

namespace CityCrm.City311.Api;

/// <summary>
/// Where a page of a person's thread starts: the first entry's place in the thread's order (time, conversation,
/// sequence). Written as "ticks.sequence.conversationId"; the next page holds the entries before it.
/// </summary>
public sealed record TimelineCursor(long Ticks, string ConversationId, long Sequence)
{
    public static TimelineCursor Of(TimelineEntryDto entry) =>
        new(entry.Message.CreatedAt.UtcTicks, entry.ConversationId, entry.Message.Sequence);

    public static bool TryParse(string text, out TimelineCursor? cursor)
    {
        cursor = null;
        var parts = text.Split('.', 3);
        if (parts.Length != 3 || parts[2].Length == 0
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            return false;
        cursor = new TimelineCursor(ticks, parts[2], sequence);
        return true;
    }

    /// <summary>True when <paramref name="entry"/> comes before this cursor's entry in the thread's order.</summary>
    public bool IsAfter(TimelineEntryDto entry)
    {
        var byTime = entry.Message.CreatedAt.UtcTicks.CompareTo(Ticks);
        if (byTime != 0)
            return byTime < 0;
        var byConversation = string.CompareOrdinal(entry.ConversationId, ConversationId);
        return byConversation != 0 ? byConversation < 0 : entry.Message.Sequence < Sequence;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Ticks}.{Sequence}.{ConversationId}");
}
