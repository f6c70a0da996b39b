using System.Text.Json;
using CityCrm.Conversations.Outbox;

namespace CityCrm.Channels.Meta.Inbound;

/// <summary>Pure mapping of a WhatsApp status (value.statuses[]) to a delivery report.</summary>
public static class WhatsAppStatusMapper
{
    /// <summary>
    /// The report for the status (sent, delivered, read, failed), or null when it names no message or no status. A
    /// failure carries the first error as "code: title" ("131026: Message undeliverable").
    /// </summary>
    public static DeliveryReport? ToReport(JsonElement status, DateTimeOffset receivedAt)
    {
        var id = status.Str("id");
        var name = status.Str("status")?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(name))
            return null;
        var error = status.Arr("errors").Select(e => (Code: e.Str("code"), Title: e.Str("title") ?? e.Str("message"))).FirstOrDefault();
        var errorText = error.Code is null ? null : error.Title is null ? error.Code : $"{error.Code}: {error.Title}";
        return new DeliveryReport(ChannelIds.WhatsApp, id, name, errorText, receivedAt);
    }
}
