using System.Globalization;
using CityCrm.City311.Api.Dtos;
using CityCrm.Conversations.Model;

namespace CityCrm.City311.Api;

/// <summary>
/// Where a page of a person's thread starts: the first entry's place in the thread's order (time, conversation,
/// sequence), the store's <see cref="ThreadPosition"/>. Written as "ticks.sequence.conversationId"; the next page holds the entries before it.
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
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) || ticks > DateTime.MaxValue.Ticks
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            return false;
        cursor = new TimelineCursor(ticks, parts[2], sequence);
        return true;
    }

    /// <summary>The same place as the store's keyset.</summary>
    public ThreadPosition Position => new(new DateTimeOffset(Ticks, TimeSpan.Zero), ConversationId, Sequence);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Ticks}.{Sequence}.{ConversationId}");
}
