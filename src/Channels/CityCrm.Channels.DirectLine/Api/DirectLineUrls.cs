using System.Globalization;
using CityCrm.Channels.DirectLine.Mapping;
using Microsoft.AspNetCore.Http;

namespace CityCrm.Channels.DirectLine.Api;

/// <summary>Absolute URLs handed to clients, derived from the request they came in on.</summary>
internal static class DirectLineUrls
{
    public const string Prefix = "/v3/directline";

    /// <summary>Scheme, host and path base of the request, e.g. "https://city.example".</summary>
    public static string Origin(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    /// <summary>
    /// The WebSocket URL of a conversation's stream. The stream token rides in the query because browsers
    /// cannot set headers on a WebSocket; it is stream-only, so a logged URL cannot post as the resident.
    /// </summary>
    public static string StreamUrl(HttpRequest request, string conversationId, string streamToken, long? watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var mark = watermark?.ToString(CultureInfo.InvariantCulture) ?? "";
        return $"{scheme}://{request.Host}{request.PathBase}{Prefix}/conversations/{Uri.EscapeDataString(conversationId)}/stream"
            + $"?t={Uri.EscapeDataString(streamToken)}&watermark={mark}";
    }

    /// <summary>The stored (relative) URL of an uploaded file; made absolute when sent.</summary>
    public static string Attachment(string conversationId, string fileId, string fileName) =>
        $"{DirectLineActivityMapper.AttachmentsPath}{conversationId}/{fileId}/{Uri.EscapeDataString(fileName)}";

    /// <summary>
    /// Parses a client watermark: empty means "from the start"; anything but a non-negative number is refused.
    /// </summary>
    public static bool TryParseWatermark(string? value, out long watermark)
    {
        watermark = 0;
        if (string.IsNullOrEmpty(value) || value == "-")
            return true;
        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out watermark);
    }
}
