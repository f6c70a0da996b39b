using System.Text.Json;
using CityCrm.Channels.Schema;

namespace CityCrm.Conversations.Outreach;

/// <summary>
/// The entity a broadcast's message carries: which broadcast, and the consent topics it falls under, so the outbox's
/// consent check (<see cref="Contacts.Consent.ConsentTopics.Of"/>) blocks it for a resident who opted out of outreach.
/// </summary>
public static class BroadcastEntity
{
    public const string Type = "broadcast";

    public static Entity For(Broadcast broadcast)
    {
        ArgumentNullException.ThrowIfNull(broadcast);
        return new Entity
        {
            Type = Type,
            Properties = new()
            {
                ["broadcastId"] = JsonSerializer.SerializeToElement(broadcast.Id),
                ["topics"] = JsonSerializer.SerializeToElement(broadcast.ConsentTopics),
            },
        };
    }

    /// <summary>The consent topics of a broadcast entity's properties, or null when they carry none.</summary>
    public static IReadOnlyList<string>? TopicsOf(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (entity.Type != Type || entity.Properties?.TryGetValue("topics", out var topics) != true || topics.ValueKind != JsonValueKind.Array)
            return null;
        return [.. topics.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!)];
    }
}
